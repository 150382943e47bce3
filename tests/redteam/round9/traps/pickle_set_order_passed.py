"""Hazard [a set whose order does not survive pickling]: `allowed` starts as every known tag and is narrowed with `discard`, so it keeps its large hash table; the body lists the allowed tags found in each text in the set's iteration order, and the copy each worker unpickles is rebuilt in a small table that iterates in another order."""
import hashlib

KNOWN = [f"tag{i}" for i in range(400)]


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def posts(n):
    return [(f"post{i:02d}", " ".join(f"tag{(i * 7 + k * 3) % 40}" for k in range(12))) for i in range(n)]


def main():
    allowed = set(KNOWN)
    for t in KNOWN[40:]:
        allowed.discard(t)
    rounds = 8000
    indexed = []
    for name, text in posts(16):
        words = set(text.split())
        tags = ",".join(t for t in allowed if t in words)
        indexed.append((name, tags, stretch(tags, rounds)))
    return indexed[0][1][:40], indexed[0][2]
