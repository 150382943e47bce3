"""Hazard [warnings captured by the caller]: the caller records warnings raised during
the loop; warnings raised in workers go to the worker's stderr instead."""
import hashlib
import warnings

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def convert(name: str) -> int:
    v = _chain(name)[0]
    if name == "c3":
        warnings.warn(f"lossy conversion for {name}")
    return v


def main():
    names = [f"c{i}" for i in range(6)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        values = [convert(n) for n in names]
    return values, [str(w.message) for w in caught]
