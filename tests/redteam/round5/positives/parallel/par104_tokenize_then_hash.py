"""Positive PAR104: two pure helpers in sequence in the loop body, tokenise then hash the tokens."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def tokenize(doc):
    return [w.strip(".,").lower() for w in doc.split()]


def token_hash(tokens):
    h = " ".join(tokens).encode()
    for _ in range(280000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def _process(doc):
    toks = tokenize(doc)
    digest = token_hash(toks)
    return len(toks), digest


def main():
    docs = [f"Chapter {i}. The end, or not. Really {i * i}." for i in range(16)]
    with ProcessPoolExecutor() as ex:
        results = list(ex.map(_process, docs))
    return results
