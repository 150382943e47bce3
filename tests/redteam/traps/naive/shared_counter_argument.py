"""index_words() tallies words into a caller-owned Counter passed as an argument; in a worker it
updates a pickled copy, so the caller's Counter stays empty."""
import collections
import hashlib


def index_words(doc, counts):
    h = doc.encode()
    words = []
    for _ in range(1500):
        h = hashlib.sha256(h).digest()
        words.append(h.hex()[:1])
    counts.update(words)
    return len(words)


def main():
    counts = collections.Counter()
    docs = [f"doc{i}" for i in range(20)]
    import concurrent.futures
    import itertools
    with concurrent.futures.ProcessPoolExecutor() as ex:
        total = sum(ex.map(index_words, docs, itertools.repeat(counts)))
    return total, counts.most_common(2)
