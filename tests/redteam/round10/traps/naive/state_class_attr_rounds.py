"""Hazard [class attribute set at run time]: `run` sets `Codec.rounds = 2500` (tuned for this machine); the worker's freshly imported `Codec` still has 1000."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


class Codec:
    rounds = 1000

    @classmethod
    def encode(cls, a, b):
        return _digest(f"{a}:{b}", cls.rounds)


def _run_item(item):
    a, b = item
    return Codec.encode(a, b)


def run():
    Codec.rounds = 2500
    pairs = [(f"blk{i}", i * i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
