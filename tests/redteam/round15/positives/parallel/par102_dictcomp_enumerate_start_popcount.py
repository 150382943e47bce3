"""Positive PAR102: `{n: popcount_chain(seed) for n, seed in enumerate(seeds, start=1)}` over `enumerate(..., start=1)` of a tuple of 16 ints; the pure callee sums the popcounts of a 30000-round SHA-256 chain from `seed`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def popcount_chain(seed):
    h = seed.to_bytes(6, "little")
    total = 0
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
        total += h[0].bit_count()
    return total


def _helper(item):
    n, seed = item
    return popcount_chain(seed)


def run():
    seeds = tuple(97 * i + 13 for i in range(16))
    with ProcessPoolExecutor() as executor:
        items = list(enumerate(seeds, start=1))
        out = dict(zip((n for n, seed in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
