"""Hazard [unpicklable items]: the buffer is split into `memoryview` slices (zero-copy
chunking); memoryviews cannot be pickled for a worker process."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def digest(part) -> str:
    h = bytes(part)
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def digest_all(parts):
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, parts))
    return out


def main():
    buf = memoryview(bytes(range(256)) * 40)
    parts = [buf[i:i + 256] for i in range(0, len(buf), 256)]
    try:
        out = digest_all(parts)
    except Exception as e:
        return "failed: " + type(e).__name__
    return out[:2]
