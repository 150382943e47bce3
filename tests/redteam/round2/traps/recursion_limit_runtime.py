"""Hazard [interpreter setting changed at run time]: `sys.setrecursionlimit(20000)`
in `main`; a worker process has the default limit and the recursive walk overflows."""
import sys


def depth_sum(n: int) -> int:
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


def depth_sum_all(ns):
    out = []
    for n in ns:
        out.append(depth_sum(n))
    return out


def main():
    sys.setrecursionlimit(20000)
    ns = [5000 + i for i in range(40)]
    try:
        out = depth_sum_all(ns)
    except Exception as e:
        return "failed: " + type(e).__name__
    return out[:2]
