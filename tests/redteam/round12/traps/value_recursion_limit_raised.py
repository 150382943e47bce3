"""Hazard [recursion limit raised by the caller]: `run` raises `sys.setrecursionlimit(6000)` because `Tree.depth_cost()` recurses `depth` levels (1500+); a spawned worker has the default limit of 1000 and raises RecursionError."""
import hashlib
import sys
from collections import namedtuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Tree = namedtuple("Tree", "name depth")


def _walk(n):
    return 0 if n == 0 else 1 + _walk(n - 1)


def grow(tree):
    return tree.name, _walk(tree.depth) + _chain(tree.name)


def run():
    sys.setrecursionlimit(6000)
    trees = [Tree(f"t{i}", 1500 + 10 * i) for i in range(16)]
    out = []
    for tree in trees:
        out.append(grow(tree))
    return out[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
