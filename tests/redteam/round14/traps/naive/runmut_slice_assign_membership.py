"""Hazard [constant rewritten by slice assignment at run time]: `run` scales the seeds in place with `SEEDS[:] = [s * 3 for s in SEEDS]`; `classify(s)` tests `s in SEEDS` to tell known seeds from new ones; in workers the scaled values are mostly not in the literal."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151, 163]


def classify(s):
    tier = "known" if s in SEEDS else "new"
    return tier, _chain(f"{tier}:{s}")


def run():
    SEEDS[:] = [s * 3 for s in SEEDS]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(classify, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
