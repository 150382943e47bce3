"""Hazard [items produced by a module function are iterators]: `head()` takes `next()` of each stream and the caller drains the rest afterwards; list iterators pickle, so a process pool advances copies and the caller sees the heads again."""
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_streams():
    return [iter([f"s{i}-head", f"s{i}-a", f"s{i}-b"]) for i in range(16)]


def head(stream):
    first = next(stream)
    return first, _work(first)


def main():
    streams = load_streams()
    heads = []
    for s in streams:
        heads.append(head(s))
    rest = [list(s) for s in streams]
    return heads[:2], rest[:2]
