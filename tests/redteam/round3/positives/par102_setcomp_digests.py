"""Positive PAR102: a set comprehension of digest prefixes of stretched keys."""
import hashlib


def prefix(i: int) -> str:
    h = str(i).encode()
    for _ in range(40000):
        h = hashlib.blake2b(h).digest()
    return h.hex()[:3]


def main():
    return sorted({prefix(i) for i in range(10)})
