"""main() exports PYTHONHASHSEED for the reproducible sub-builds it launches; spawned workers
are such child interpreters, so their string hashing (and the set order they report) differs from the caller's."""
import hashlib
import os


def top_terms(doc):
    h = doc.encode()
    terms = set()
    for _ in range(1500):
        h = hashlib.sha256(h).digest()
        terms.add(h.hex()[:4])
    return list(terms)[:5]


def main():
    os.environ["PYTHONHASHSEED"] = "1234"  # for the sphinx sub-builds started later
    docs = [f"page{i}" for i in range(20)]
    terms = [top_terms(d) for d in docs]
    return terms[0]
