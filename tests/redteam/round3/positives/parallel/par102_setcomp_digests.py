"""Positive PAR102: a set comprehension of digest prefixes of stretched keys."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def prefix(i: int) -> str:
    h = str(i).encode()
    for _ in range(40000):
        h = hashlib.blake2b(h).digest()
    return h.hex()[:3]


def main():
    with ProcessPoolExecutor() as ex:
        return sorted(set(ex.map(prefix, range(10))))
