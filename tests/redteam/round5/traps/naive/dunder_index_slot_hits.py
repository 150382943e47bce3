"""Hazard [side effect in an item's dunder]: indexing `SHARDS[slot]` calls Slot.__index__, which counts lookups per shard in a module list; the pool counts in workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


SHARDS = ["alpha", "beta", "gamma", "delta"]
SHARD_HITS = [0, 0, 0, 0]


class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        SHARD_HITS[self.n % 4] += 1
        return self.n % 4


def place(slot):
    return SHARDS[slot], _work(slot.n)


def main():
    slots = [Slot(i * 3) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        placed = list(ex.map(place, slots))
    return placed, SHARD_HITS
