"""Hazard [unpicklable result]: the callee returns `counts.keys()`, a dict view, which
cannot be pickled back from a worker."""
import hashlib


def buckets(word: str):
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    counts = {}
    for b in h[:8]:
        counts[b % 5] = counts.get(b % 5, 0) + 1
    return counts.keys()


def buckets_all(words):
    out = []
    for w in words:
        out.append(buckets(w))
    return out


def main():
    words = [f"w{i}" for i in range(40)]
    try:
        out = buckets_all(words)
    except Exception as e:
        return "failed: " + type(e).__name__
    return [sorted(k) for k in out][:2]
