"""Hazard [callee side effect]: `transcode` counts its calls in the module global `CALLS`, which `run` reports; the workers count in their own copies."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

CALLS = 0


def transcode(name, size):
    global CALLS
    CALLS += 1
    return _digest(f"{name}{size}")


def _run_item(item):
    name, size = item
    return transcode(name, size)


def run():
    pairs = [(f"clip{i}", i * 10) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    return out[:2], CALLS


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
