"""CPU-bound feature extraction, one document at a time."""
import hashlib


def extract(doc):
    """A small fixed-size feature vector: letter counts mixed with a stretched hash."""
    h = hashlib.blake2b(doc.encode("utf-8"), digest_size=16)
    for _ in range(2000):
        h = hashlib.blake2b(h.digest(), digest_size=16)
    vowels = 0
    for ch in doc.lower():
        if ch in "aeiou":
            vowels += 1
    return (len(doc), vowels, h.hexdigest()[:8])


def extract_all(docs):
    features = []
    for doc in docs:
        features.append(extract(doc))
    return features
