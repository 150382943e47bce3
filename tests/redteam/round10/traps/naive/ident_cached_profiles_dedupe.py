"""Hazard [results compared by identity]: `profile` returns one cached list per kind and `run` counts distinct objects with `id`; copies returned per chunk are new objects."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

_CACHE = {}


def profile(kind, n):
    _digest(f"{kind}{n}")
    if kind not in _CACHE:
        _CACHE[kind] = [kind, _digest(kind)]
    return _CACHE[kind]


def _run_item(item):
    kind, n = item
    return profile(kind, n)


def run():
    pairs = [(f"kind{i % 3}", i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    return len({id(r) for r in out})


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
