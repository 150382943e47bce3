"""Positive PAR102: list comprehension of chained digests over bytes blobs that `load_blobs(n)` generates."""
import hashlib


def load_blobs(n):
    return [bytes((i * 131 + k * 7) % 256 for k in range(4096)) for i in range(n)]


def digest(blob):
    h = blob[:32]
    for _ in range(3000):
        h = hashlib.sha256(h + blob[:64]).digest()
    return h.hex()[:16]


def main():
    return [digest(b) for b in load_blobs(20)]
