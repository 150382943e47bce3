"""Hazard [a running offset]: each part's index entry records `offset`, then the body advances `offset += len(blob)`; outlined, `offset` is passed to every call as its initial 0, so every part is indexed at offset 0."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def parts(n):
    return [(f"part{i:02d}", bytes(range(i, i + 10)) * (i + 2)) for i in range(n)]


def _work_item(item, offset, rounds):
    name, blob = item
    digest = stretch(blob, rounds)
    entry = (name, offset, len(blob), digest)
    offset += len(blob)
    return entry


def main():
    offset = 0
    rounds = 8000
    index = []
    with ProcessPoolExecutor() as executor:
        index.extend(executor.map(functools.partial(_work_item, offset=offset, rounds=rounds), parts(16)))
    return [e[1] for e in index[:6]], index[5][3]
