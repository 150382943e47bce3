"""Hazard [int parameter compared with `is`]: `MISSING = 2 ** 70` marks absent readings in the list of ints; `measure(n)` tests `n is MISSING` before calling `n.to_bytes(16, "big")`; an int unpickled in a worker is a different object, so every reading is measured."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


MISSING = 2 ** 70


def measure(n):
    if n is MISSING:
        return None
    return _chain(n.to_bytes(16, "big"))


def run():
    readings = [MISSING if i % 4 == 0 else 2 ** 70 + i for i in range(16)]
    measured = []
    for n in readings:
        measured.append(measure(n))
    return sum(1 for m in measured if m is None)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
