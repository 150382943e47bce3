"""Hazard [callee returns its item unchanged; caller tests identity]: `normalise(t)` returns `t` itself when already sorted, else a sorted copy; `run` counts results that are not the constant's tuple (`r is not t`) to decide what to store; every copy from a worker counts."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


PAIRS = ((1, 2), (4, 3), (5, 6), (8, 7), (9, 10), (11, 12), (14, 13), (15, 16),
         (17, 18), (20, 19), (21, 22), (23, 24), (26, 25), (27, 28), (29, 30), (31, 32))


def normalise(t):
    _chain(f"{t}")
    s = tuple(sorted(t))
    return t if s == t else s


def run():
    out = []
    for s in PAIRS:
        out.append(normalise(s))
    return sum(1 for r, t in zip(out, PAIRS) if r is not t)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
