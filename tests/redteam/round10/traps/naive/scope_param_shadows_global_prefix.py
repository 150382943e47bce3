"""Hazard [element reads an enclosing parameter]: `sign_all(prefix)` has a parameter named like the module's default `prefix`; a module-level helper reads the module default instead."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

prefix = "dev"


def _run_item(item):
    k, n = item
    return _digest(f"{prefix}/{k}/{n}")


def sign_all(prefix):
    pairs = [(f"k{i}", i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    return out


def run():
    return sign_all("prod")[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
