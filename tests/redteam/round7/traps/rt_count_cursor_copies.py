"""Hazard [items pickle but do not round-trip]: `shard_cursors()` returns the module's `itertools.count` id allocators; the work reserves three ids from each, but a process pool advances pickled copies and the caller's next ids are handed out again."""
import hashlib
import itertools

CURSORS = [itertools.count(1000 * i) for i in range(16)]


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def shard_cursors():
    return CURSORS


def reserve(cursor):
    ids = [next(cursor) for _ in range(3)]
    return ids, _work(ids)


def main():
    out = []
    for c in shard_cursors():
        out.append(reserve(c))
    return out[:2], [next(c) for c in CURSORS][:4]
