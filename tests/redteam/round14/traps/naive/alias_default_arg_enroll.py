"""Hazard [constant aliased by a default argument]: `def enroll(s, pool=SEEDS): pool.append(s)`; `run` enrolls two seeds; `position(s)` calls `SEEDS.index(s)`, which raises ValueError in a worker for the enrolled ones."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149]


def enroll(s, pool=SEEDS):
    pool.append(s)


def position(s):
    i = SEEDS.index(s)
    return i, _chain(f"{i}:{s}")


def run():
    enroll(211)
    enroll(223)
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(position, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
