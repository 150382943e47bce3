"""keywords() returns a set of strings filtered with discard(); a pickle round trip rebuilds the
set from scratch, so its iteration order (which the caller joins into the output) changes."""
import hashlib


def keywords(doc):
    h = doc.encode()
    words = set()
    for _ in range(1200):
        h = hashlib.sha256(h).digest()
        words.add(h.hex()[:5])
    for w in list(words):
        if w[0] not in "ab":
            words.discard(w)
    return words


def main():
    docs = [f"doc{k}" for k in range(20)]
    tags = [keywords(d) for d in docs]
    return [", ".join(list(t)[:4]) for t in tags[:3]]
