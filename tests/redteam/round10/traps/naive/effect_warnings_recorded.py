"""Hazard [callee side effect]: `legacy_hash` warns (DeprecationWarning) and `run` records the warnings; warnings raised in a worker never reach the parent's `catch_warnings`."""
from concurrent.futures import ProcessPoolExecutor
import warnings
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def legacy_hash(name, n):
    warnings.warn(f"legacy hash for {name}", DeprecationWarning)
    return _digest(f"{name}{n}")


def _run_item(item):
    name, n = item
    return legacy_hash(name, n)


def run():
    pairs = [(f"f{i}", i) for i in range(16)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with ProcessPoolExecutor() as executor:
            out = list(executor.map(_run_item, pairs, chunksize=8))
    return out[:2], len(caught)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
