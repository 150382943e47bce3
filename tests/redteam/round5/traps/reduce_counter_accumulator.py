"""Hazard [reduction accumulator that is not a number]: `totals += count_words(doc)` adds Counters; sum() starts from 0 and `0 + Counter` raises TypeError."""
import collections
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def count_words(doc):
    _work(doc)
    return collections.Counter(doc.split())


def main():
    docs = [" ".join(f"w{(i + j) % 7}" for j in range(5)) for i in range(16)]
    totals = collections.Counter()
    for d in docs:
        totals += count_words(d)
    return sorted(totals.items())
