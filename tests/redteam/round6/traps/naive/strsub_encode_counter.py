"""Hazard [str subclass with a stateful `encode`]: the words are `Tracked` strings whose `encode` counts calls on the class; `word.encode()` in the callee looks like `str.encode`, but in a process pool the counting happens in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


class Tracked(str):
    encodes = 0

    def encode(self, encoding="utf-8", errors="strict"):
        Tracked.encodes += 1
        return str.encode(self, encoding, errors)


def stretch(word):
    h = word.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    words = [Tracked(f"w{i}") for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(stretch, words))
    return out, Tracked.encodes
