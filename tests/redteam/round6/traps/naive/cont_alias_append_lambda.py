"""Hazard [container given an unpicklable value through an alias]: `extra = specs; extra.append((name, lambda ...))` puts a lambda into the list the loop walks; the sequential loop calls it, a process pool cannot pickle it."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def triple(v):
    return v * 3


def square(v):
    return v * v


def build_specs():
    return [(f"t{i}", triple if i % 2 else square) for i in range(16)]


def apply(spec):
    name, fn = spec
    return name, _work(fn(len(name)))


def main():
    specs = build_specs()
    extra = specs
    extra.append(("offset", lambda v: v + 100))
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(apply, specs))
    return out
