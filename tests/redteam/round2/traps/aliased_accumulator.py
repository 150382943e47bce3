"""Hazard [accumulator aliased before the loop]: the list is registered in `report`
before it is filled; rebinding the name leaves the report's list empty."""
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
    for w in words:
        out.append(digest(w))
    return len(report["digests"])
