"""Hazard [set comprehension of identity-hashed module objects]: `{classify(size, seed) for size, seed in uploads}`; `classify` returns one of the module-level `Bucket` objects (no `__eq__`/`__hash__`, so identity); sequentially the set holds the 3 buckets used; results from workers are unpickled copies, one distinct object per item (16)."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Bucket:
    def __init__(self, name, limit):
        self.name = name
        self.limit = limit


BUCKETS = [Bucket("small", 1 << 10), Bucket("medium", 1 << 16), Bucket("large", 1 << 30)]


def classify(size, seed):
    _stretch(f"{size}:{seed}")
    return next(b for b in BUCKETS if size <= b.limit)


def _helper(item):
    size, seed = item
    return classify(size, seed)


def run():
    uploads = [(7 ** (i % 9) + i, i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(uploads)
        used = set(executor.map(_helper, items))
    return len(used), sorted(b.name for b in used)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
