"""Hazard [container given a generator in place]: `q.appendleft(x * x for x in ...)` puts a generator at the head of a deque of lists; `sum` accepts it sequentially, a process pool cannot pickle it."""
import collections
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def batch_total(batch):
    total = sum(batch)
    return total, _work(total)


def run():
    q = collections.deque([list(range(i, i + 5)) for i in range(16)])
    q.appendleft(x * x for x in range(5))
    totals = []
    for b in q:
        totals.append(batch_total(b))
    return totals


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
