"""Hazard [constant replaced at import from a file that `run` writes]: `SEEDS` is a literal unless `seeds.json` exists in the working directory; `run` writes the rotated seeds there (for the next start) before the loop; spawned workers import the file's list, and `position(s)` reports `SEEDS.index(s)`."""
import hashlib
import json
import os
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151, 163]
if os.path.exists("seeds.json"):
    with open("seeds.json") as _f:
        SEEDS = json.load(_f)


def position(s):
    i = SEEDS.index(s)
    return i, _chain(f"{i}:{s}")


def run():
    with open("seeds.json", "w") as f:
        json.dump(SEEDS[1:] + SEEDS[:1], f)
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(position, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
