"""Hazard [unpicklable results: read-only mapping views]: each call returns its stats as
a types.MappingProxyType, which cannot be pickled back from a worker process."""
import hashlib
import types


def stats(name: str):
    h = name.encode()
    counts = {}
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
        counts[h[0] % 4] = counts.get(h[0] % 4, 0) + 1
    return types.MappingProxyType(counts)


def main():
    names = [f"n{i}" for i in range(6)]
    try:
        views = [stats(n) for n in names]
    except TypeError as e:
        return f"TypeError: {e}"
    return [sorted(v.items()) for v in views]
