"""Hazard [accumulator of another type]: results go into a `deque(maxlen=3)` that keeps
the last three; rebuilding it as a list changes the result."""
import collections
import hashlib


def digest(word: str) -> str:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    words = [f"w{i}" for i in range(40)]
    out = collections.deque(maxlen=3)
    for w in words:
        out.append(digest(w))
    return list(out)
