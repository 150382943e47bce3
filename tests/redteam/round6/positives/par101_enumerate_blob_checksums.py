"""Positive PAR101: checksums of generated blobs stored by index with enumerate; the blobs come from another function of the module."""
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
    for i, blob in enumerate(make_blobs(16)):
        sums[i] = checksum(blob)
    return sums
