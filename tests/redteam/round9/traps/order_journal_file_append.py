"""Hazard [the order of appends to a shared file]: the body appends each migration's line to `journal.log` after applying it, and the caller returns the journal's first lines (replayed in order later); the first migration is ~19x heavier, so in the pool the other worker journals migrations 1, 2, ... before migration 0."""
import hashlib


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def migrations(n):
    return [(f"m{i:02d}", 150000 if i == 0 else 8000) for i in range(n)]


def main():
    journal = "journal.log"
    applied = []
    for name, cost in migrations(16):
        checksum = stretch(name, cost)
        with open(journal, "a") as f:
            f.write(f"{name} {checksum}\n")
        applied.append((name, checksum))
    with open(journal) as f:
        first = [line.split()[0] for line in f.readlines()[:3]]
    return len(applied), first
