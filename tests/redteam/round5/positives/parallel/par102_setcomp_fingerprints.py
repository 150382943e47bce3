"""Positive PAR102: a set comprehension of expensive document fingerprints (duplicates collapse)."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def fingerprint(doc):
    h = doc.lower().encode()
    for _ in range(280000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def main():
    docs = [f"Report {i % 12}" for i in range(18)]
    with ProcessPoolExecutor() as ex:
        prints = set(ex.map(fingerprint, docs))
    return sorted(prints)
