"""Positive: digest generated blobs with their position as salt, over `enumerate` of a same-file builder's list of bytes."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def make_blobs():
    return [bytes((i * 31 + j) % 256 for j in range(20000)) for i in range(14)]


def seal(index, blob):
    h = hashlib.blake2b(blob, salt=index.to_bytes(2, "big").ljust(16, b"\0"))
    d = h.digest()
    for _ in range(3000):
        d = hashlib.blake2b(d).digest()
    return d.hex()[:16]


def _run_item(item):
    i, blob = item
    return seal(i, blob)


def run():
    with ProcessPoolExecutor() as executor:
        seals = list(executor.map(_run_item, enumerate(make_blobs()), chunksize=8))
    return seals


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
