"""Hazard [accumulator aliased before the loop]: the list is registered in `report`
before it is filled; rebinding the name leaves the report's list empty."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def digest(word: str) -> str:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    words = [f"w{i}" for i in range(40)]
    report = {}
    out = []
    report["digests"] = out
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, words))
    return len(report["digests"])
