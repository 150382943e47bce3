"""Hazard [constant shuffled at run time with a seeded `random.shuffle`]: `run` seeds `random` and shuffles `SEEDS`; `lane(s)` assigns a lane from `SEEDS.index(s) % 4`; workers see the import-time order."""
import hashlib
import random
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151, 163]


def lane(s):
    return SEEDS.index(s) % 4, _chain(s.to_bytes(4, "big"))


def run():
    random.seed(14)
    random.shuffle(SEEDS)
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(lane, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
