"""Hazard [constant reordered at run time by a library call]: `run` calls `heapq.heapify(SEEDS)`; `lag(s)` measures `s - SEEDS[0]` (the heap head, the minimum); in a worker `SEEDS[0]` is the literal's first item, not the minimum."""
import hashlib
import heapq
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [97, 23, 151, 41, 53, 67, 79, 83, 11, 101, 113, 127, 131, 149, 37, 163]


def lag(s):
    d = s - SEEDS[0]
    return d, _chain(d.to_bytes(4, "big", signed=True))


def run():
    heapq.heapify(SEEDS)
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(lag, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
