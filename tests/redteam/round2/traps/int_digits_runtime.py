"""Hazard [interpreter setting changed at run time]: `sys.set_int_max_str_digits(0)`
lifts the int->str limit in `main`; workers keep the 4300-digit limit."""
import sys


def big(n: int) -> int:
    v = 1
    for i in range(1, n):
        v *= i
    return len(str(v))


def big_all(ns):
    out = []
    for n in ns:
        out.append(big(n))
    return out


def main():
    sys.set_int_max_str_digits(0)
    ns = [3000 + i for i in range(40)]
    try:
        out = big_all(ns)
    except Exception as e:
        return "failed: " + type(e).__name__
    return out[:2]
