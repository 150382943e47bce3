"""Hazard [Counter values pruned in place by the work]: `signature(counts)` deletes the words seen once from each document's `Counter` before hashing it; the caller then sizes the vocabulary from the same Counters, which are pruned after the sequential loop and intact when the pruning happened on copies in workers."""
import hashlib
from collections import Counter

TEXT = ("the quick brown fox jumps over the lazy dog while the cat sleeps near a warm fire "
        "and the dog barks at every passing car on the quiet road beside the old mill").split()


def load_docs():
    docs = {}
    for i in range(16):
        words = [TEXT[(i * 7 + k * k) % len(TEXT)] for k in range(60)]
        docs[f"doc{i:02d}"] = Counter(words + [f"typo{i}x{j}" for j in range(3)])
    return docs


def signature(counts):
    for word in [w for w, n in counts.items() if n < 2]:
        del counts[word]
    h = ",".join(f"{w}={n}" for w, n in sorted(counts.items())).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    docs = load_docs()
    sigs = {}
    for name, counts in docs.items():
        sigs[name] = signature(counts)
    vocabulary = set()
    for counts in docs.values():
        vocabulary.update(counts)
    return len(sigs), len(vocabulary), sum(sum(c.values()) for c in docs.values())
