"""Hazard [item inserted at run time with `bisect.insort`]: `run` inserts 64 into the sorted `SEEDS`; `rank(s)` uses `bisect.bisect_left(SEEDS, s)`; workers rank against the literal without 64, so later ranks shift by one."""
import bisect
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151]


def rank(s):
    r = bisect.bisect_left(SEEDS, s)
    return r, _chain(f"{r}:{s}")


def run():
    bisect.insort(SEEDS, 64)
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(rank, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
