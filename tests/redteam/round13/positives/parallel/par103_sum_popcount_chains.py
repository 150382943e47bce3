"""Positive PAR103: `total += score(n)` over `range(16, 32)`; the pure callee hashes `n.to_bytes(4, "little")` 30000 times and sums `int.from_bytes(digest).bit_count()` along the way."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def score(n):
    h = n.to_bytes(4, "little")
    ones = 0
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
        ones += int.from_bytes(h[:4], "big").bit_count()
    return ones


def run():
    with ProcessPoolExecutor() as executor:
        total = sum(executor.map(score, range(16, 32)))
    return total


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
