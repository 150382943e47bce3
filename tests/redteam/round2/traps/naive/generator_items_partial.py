"""Hazard [items from a generator that fails part-way]: sequentially the first 25
results are kept when the source raises; a pool drains the generator before any work."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def source(n: int):
    for i in range(n):
        if i == 25:
            raise ValueError("truncated input")
        yield f"w{i}"


def digest(word: str) -> str:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    out = []
    try:
        with ProcessPoolExecutor() as ex:
            out = list(ex.map(digest, source(40)))
    except ValueError:
        pass
    return len(out)
