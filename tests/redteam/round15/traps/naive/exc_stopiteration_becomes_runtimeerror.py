"""Hazard [callee lets StopIteration escape]: `{name: first_fit(name, size) for name, size in requests}`; `first_fit` uses `next(...)` over the free slots and the request of size 9999 finds none; StopIteration propagates out of the comprehension sequentially; in the naive rewrite it is re-raised inside `executor.map`'s result generator, which turns it into RuntimeError."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


SLOTS = [64, 128, 256, 512, 1024, 2048]


def first_fit(name, size):
    slot = next(s for s in SLOTS if s >= size)
    return slot, _stretch(f"{name}:{size}:{slot}")


def _helper(item):
    name, size = item
    return first_fit(name, size)


def run():
    requests = [(f"vm{i:02d}", 50 + 97 * i) for i in range(16)]
    requests[11] = ("vm11", 9999)
    with ProcessPoolExecutor() as executor:
        items = list(requests)
        out = dict(zip((name for name, size in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
