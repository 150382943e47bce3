"""Hazard [stateful compressor at module level]: each call feeds the module-level zlib compressobj and the caller flushes it after the loop; under a pool the caller flushes an empty stream."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import zlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


ARCHIVE = zlib.compressobj(9)


def pack(record):
    body = (record + _work(record)) * 20
    ARCHIVE.compress(body.encode())
    return len(body)


def main():
    records = [f"entry{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        sizes = list(ex.map(pack, records))
    tail = ARCHIVE.flush()
    return sum(sizes), len(zlib.decompress(tail))
