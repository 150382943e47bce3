"""Hazard [int items; callee updates module state]: `score(n)` records `n.bit_count()` in the module Counter `HISTOGRAM`; `run` returns the histogram, empty in the caller when scored in workers."""
import collections
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


HISTOGRAM = collections.Counter()


def score(n):
    ones = n.bit_count()
    HISTOGRAM[ones] += 1
    return _chain(n.to_bytes(4, "big"))


def run():
    with ProcessPoolExecutor() as executor:
        scores = list(executor.map(score, [i * 37 for i in range(16)]))
    return sorted(HISTOGRAM.items()), sum(scores)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
