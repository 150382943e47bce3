"""Positive PAR103: `total += score(s)` over `SEEDS`, a module-level tuple literal of 16 ints; the pure callee hashes `s.to_bytes(4, "little")` 20000 times and sums the digests' popcounts."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


SEEDS = (3, 14, 15, 92, 65, 35, 89, 79, 32, 38, 46, 26, 43, 383, 279, 502)


def score(s):
    h = s.to_bytes(4, "little")
    acc = 0
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
        acc += int.from_bytes(h[:8], "big").bit_count()
    return acc


def run():
    with ProcessPoolExecutor() as executor:
        total = sum(executor.map(score, SEEDS))
    return total


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
