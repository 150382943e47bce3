"""Hazard [an id read from a list the body appends to]: each record's id is `len(index)` before its name is appended to `index`, so ids run 0..15; outlined, every call appends to its own fresh copy of the empty `index`, so every record gets id 0 and the caller's index stays empty."""
import hashlib


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def records(n):
    return [(f"rec{i:02d}", f"body of record {i}" * 3) for i in range(n)]


def main():
    index = []
    rounds = 8000
    rows = []
    for name, body in records(16):
        rid = len(index)
        index.append(name)
        rows.append((rid, name, stretch(body, rounds)))
    return [r[0] for r in rows], len(index)
