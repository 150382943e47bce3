"""Hazard [side effect in an item's dunder]: `v in BLOCKED` (a list) calls Version.__eq__ for each entry, and __eq__ tallies comparisons in a module Counter; workers tally in their own copy."""
import collections
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


COMPARED = collections.Counter()


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        COMPARED[self.parts[0]] += 1
        return isinstance(other, Version) and other.parts == self.parts

    __hash__ = None


BLOCKED = [Version("1.2.0"), Version("2.0.1"), Version("3.3.3")]


def audit(v):
    status = "blocked" if v in BLOCKED else "ok"
    return status, _work(v.parts)


def main():
    versions = [Version(f"{i % 4}.{i}.0") for i in range(16)]
    results = [audit(v) for v in versions]
    return results, sorted(COMPARED.items())
