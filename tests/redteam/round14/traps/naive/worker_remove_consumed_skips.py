"""Hazard [callee removes its item from the constant being iterated]: `consume(s)` does `SEEDS.remove(s)` (a pending list); the sequential loop skips every other seed and leaves 8 pending; the map takes all 16 up front and the caller's list is untouched."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151, 163]


def consume(s):
    SEEDS.remove(s)
    return _chain(s.to_bytes(4, "big"))


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(consume, SEEDS))
    return out, len(SEEDS)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
