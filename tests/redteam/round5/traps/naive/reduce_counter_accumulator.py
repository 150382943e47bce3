"""Hazard [reduction accumulator that is not a number]: `totals += count_words(doc)` adds Counters; sum() starts from 0 and `0 + Counter` raises TypeError."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
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
    with ProcessPoolExecutor() as ex:
        totals += sum(ex.map(count_words, docs))
    return sorted(totals.items())
