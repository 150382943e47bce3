"""Positive PAR103: multi-statement body over (str, int) pairs returned by a function of the module: the body builds a payload and measures its compressed stretched size, ending in `total += size` (ints)."""
import hashlib
import zlib


def compressed_size(text, rounds):
    blob = text.encode()
    for _ in range(rounds):
        blob = hashlib.sha256(blob).digest() + blob[:64]
    return len(zlib.compress(blob * 20, 9))


def tasks(n):
    return [(f"task{i:02d}", 3000 + 500 * i) for i in range(n)]


def main():
    total = 0
    for name, rounds in tasks(16):
        text = f"{name}:{rounds}"
        size = compressed_size(text, rounds)
        total += size
    return total
