"""Hazard [the order of appends to a shared file]: the body appends each migration's line to `journal.log` after applying it, and the caller returns the journal's first lines (replayed in order later); the first migration is ~19x heavier, so in the pool the other worker journals migrations 1, 2, ... before migration 0."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def migrations(n):
    return [(f"m{i:02d}", 150000 if i == 0 else 8000) for i in range(n)]


def _work_item(item, journal):
    name, cost = item
    checksum = stretch(name, cost)
    with open(journal, "a") as f:
        f.write(f"{name} {checksum}\n")
    return (name, checksum)


def main():
    journal = "journal.log"
    applied = []
    with ProcessPoolExecutor() as executor:
        applied.extend(executor.map(functools.partial(_work_item, journal=journal), migrations(16)))
    with open(journal) as f:
        first = [line.split()[0] for line in f.readlines()[:3]]
    return len(applied), first
