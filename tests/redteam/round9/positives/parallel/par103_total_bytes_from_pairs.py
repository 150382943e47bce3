"""Positive PAR103: multi-statement body over (str, int) pairs returned by a function of the module: the body builds a payload and measures its compressed stretched size, ending in `total += size` (ints)."""
import hashlib
import zlib
from concurrent.futures import ProcessPoolExecutor


def compressed_size(text, rounds):
    blob = text.encode()
    for _ in range(rounds):
        blob = hashlib.sha256(blob).digest() + blob[:64]
    return len(zlib.compress(blob * 20, 9))


def tasks(n):
    return [(f"task{i:02d}", 3000 + 500 * i) for i in range(n)]


def _work_item(item):
    name, rounds = item
    text = f"{name}:{rounds}"
    size = compressed_size(text, rounds)
    return size


def main():
    total = 0
    with ProcessPoolExecutor() as executor:
        total += sum(executor.map(_work_item, tasks(16)))
    return total
