"""histogram() returns a defaultdict whose default_factory is a lambda; the caller keeps
indexing missing keys, but a defaultdict with a lambda factory cannot be pickled back from a worker."""
import collections
import hashlib


def histogram(seed):
    counts = collections.defaultdict(lambda: [0, 0])
    h = str(seed).encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
        counts[h[0] % 8][h[1] % 2] += 1
    return counts


def main():
    total = collections.Counter()
    hists = [histogram(s) for s in range(20)]
    for hist in hists:
        total[9] += hist[9][0]
        total[0] += hist[0][1]
    return dict(total)
