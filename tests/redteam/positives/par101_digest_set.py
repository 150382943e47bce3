"""Collect the distinct stretched digests of a batch of documents (with duplicates); PAR101 should fire on the loop in distinct_digests."""
import hashlib

ROUNDS = 45_000


def digest(blob, rounds):
    h = hashlib.sha256(blob).digest()
    for _ in range(rounds):
        h = hashlib.sha256(h + blob[:16]).digest()
    return h.hex()


def distinct_digests(docs):
    seen = set()
    for doc in docs:
        seen.add(digest(doc, ROUNDS))
    return seen


def main():
    docs = [f"document body number {i % 30}".encode() * 20 for i in range(40)]
    seen = distinct_digests(docs)
    print(f"{len(seen)} distinct documents")
    return sorted(seen)
