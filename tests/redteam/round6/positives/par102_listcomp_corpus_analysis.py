"""Positive PAR102: list comprehension over a generated corpus; the callee tokenizes and scores through two helpers."""
import hashlib


def corpus():
    return [" ".join(f"w{(i * j) % 97}" for j in range(300)) for i in range(16)]


def _tokens(doc: str) -> list:
    return doc.split()


def _score(tokens: list) -> int:
    h = b""
    for t in tokens:
        for _ in range(100):
            h = hashlib.md5(h + t.encode()).digest()
    return h[0]


def analyze(doc: str) -> tuple:
    toks = _tokens(doc)
    return len(set(toks)), _score(toks)


def main():
    return [analyze(doc) for doc in corpus()]
