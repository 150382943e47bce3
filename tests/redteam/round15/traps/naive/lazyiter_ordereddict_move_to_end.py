"""Hazard [callee reorders the OrderedDict being iterated]: `{key: refresh(key, blob) for key, blob in CACHE.items()}`; `refresh` marks the entry recently used with `CACHE.move_to_end(key)`; iterating an OrderedDict that is reordered raises RuntimeError sequentially; the naive rewrite lists the items first and workers reorder their own caches."""
import hashlib
from concurrent.futures import ProcessPoolExecutor
from collections import OrderedDict

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


CACHE = OrderedDict((f"k{i:02d}", f"blob-{i * 13 % 17}") for i in range(16))


def refresh(key, blob):
    CACHE.move_to_end(key)
    return _stretch(blob)


def _helper(item):
    key, blob = item
    return refresh(key, blob)


def run():
    with ProcessPoolExecutor() as executor:
        items = list(CACHE.items())
        out = dict(zip((key for key, blob in items), executor.map(_helper, items)))
    return sorted(out.items()), list(CACHE)[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
