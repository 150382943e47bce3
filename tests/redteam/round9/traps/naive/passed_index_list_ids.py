"""Hazard [an id read from a list the body appends to]: each record's id is `len(index)` before its name is appended to `index`, so ids run 0..15; outlined, every call appends to its own fresh copy of the empty `index`, so every record gets id 0 and the caller's index stays empty."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def records(n):
    return [(f"rec{i:02d}", f"body of record {i}" * 3) for i in range(n)]


def _work_item(item, index, rounds):
    name, body = item
    rid = len(index)
    index.append(name)
    return (rid, name, stretch(body, rounds))


def main():
    index = []
    rounds = 8000
    rows = []
    with ProcessPoolExecutor() as executor:
        rows.extend(executor.map(functools.partial(_work_item, index=index, rounds=rounds), records(16)))
    return [r[0] for r in rows], len(index)
