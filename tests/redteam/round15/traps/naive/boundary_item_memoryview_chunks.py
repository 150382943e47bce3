"""Hazard [items that cannot be pickled]: `{i: checksum(chunk) for i, chunk in enumerate(chunks)}`; `chunks` are zero-copy `memoryview` slices of one buffer; memoryviews cannot be pickled, so the naive rewrite fails."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def checksum(chunk):
    return _stretch(bytes(chunk))


def _helper(item):
    i, chunk = item
    return checksum(chunk)


def run():
    buf = bytes(range(256)) * 16
    view = memoryview(buf)
    chunks = [view[o:o + 256] for o in range(0, len(buf), 256)]
    with ProcessPoolExecutor() as executor:
        items = list(enumerate(chunks))
        out = dict(zip((i for i, chunk in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
