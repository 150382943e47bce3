"""Collect the distinct short fingerprints of documents into a set."""
import hashlib


def fingerprint(doc: str) -> str:
    h = doc.encode()
    for _ in range(25_000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:2]


def main():
    docs = [f"doc {i} " * (i % 5 + 1) for i in range(40)]
    seen = set()
    for d in docs:
        seen.add(fingerprint(d))
    return sorted(seen)[:5], len(seen)
