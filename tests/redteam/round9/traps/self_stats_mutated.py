"""Hazard [a method's loop that updates `self`]: `Indexer.build()` counts the bytes indexed in `self.stats` while collecting the digests; outlined, `self` becomes an argument of the helper, each call updates its own pickled copy, and the indexer's stats stay at zero."""
import hashlib


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


class Indexer:
    def __init__(self, docs, rounds):
        self.docs = docs
        self.rounds = rounds
        self.stats = {"bytes": 0, "docs": 0}

    def build(self):
        index = []
        for name, text in self.docs:
            digest = stretch(text, self.rounds)
            self.stats["bytes"] += len(text)
            self.stats["docs"] += 1
            index.append((name, digest))
        return index


def main():
    docs = [(f"doc{i:02d}", f"document number {i} " * (5 + i)) for i in range(16)]
    indexer = Indexer(docs, 8000)
    index = indexer.build()
    return index[0], indexer.stats
