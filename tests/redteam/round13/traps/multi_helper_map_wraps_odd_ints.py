"""Hazard [items produced by a helper that wraps some ints]: the loop iterates `map(wrap, range(16))`, and `wrap(n)` returns `Tracked(n)` for odd n; `popcount(v)` calls `v.bit_count()`, and `Tracked.bit_count` appends to the module list `TRACE`; `run` reports the trace, empty in the caller under workers."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


TRACE = []


class Tracked:
    def __init__(self, n):
        self.n = n

    def bit_count(self):
        TRACE.append(self.n)
        return self.n.bit_count()


def wrap(n):
    return Tracked(n) if n % 2 else n


def popcount(v):
    ones = v.bit_count()
    return ones, _chain(ones)


def run():
    counts = []
    for v in map(wrap, range(16)):
        counts.append(popcount(v))
    return TRACE, counts


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
