"""Hazard [a running offset]: each part's index entry records `offset`, then the body advances `offset += len(blob)`; outlined, `offset` is passed to every call as its initial 0, so every part is indexed at offset 0."""
import hashlib


def stretch(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def parts(n):
    return [(f"part{i:02d}", bytes(range(i, i + 10)) * (i + 2)) for i in range(n)]


def main():
    offset = 0
    rounds = 8000
    index = []
    for name, blob in parts(16):
        digest = stretch(blob, rounds)
        entry = (name, offset, len(blob), digest)
        offset += len(blob)
        index.append(entry)
    return [e[1] for e in index[:6]], index[5][3]
