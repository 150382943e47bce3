"""Positive PAR101: checksums of generated blobs stored by index with enumerate; the blobs come from another function of the module."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import zlib


def make_blobs(n):
    return [bytes((i * j) % 251 for j in range(4096)) for i in range(n)]


def checksum(blob: bytes) -> str:
    h = zlib.compress(blob, 9)
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def main():
    sums = {}
    with ProcessPoolExecutor() as ex:
        for i, s in enumerate(ex.map(checksum, make_blobs(16))):
            sums[i] = s
    return sums
