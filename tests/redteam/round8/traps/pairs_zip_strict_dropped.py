"""Hazard [pairs from `zip(..., strict=True)`]: the comprehension unpacks pairs of a strict zip, which raises ValueError when the lists turn out to have different lengths; the rewrite `ex.map(score, names, texts)` zips the lists itself, silently stops at the shorter one and returns fifteen scores."""
import hashlib


def score(name, text):
    h = f"{name}:{text}".encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:6]


def main():
    names = [f"essay{i:02d}" for i in range(16)]
    texts = [f"text of essay {i} " * 20 for i in range(16) if i != 9]
    try:
        scores = [score(n, t) for n, t in zip(names, texts, strict=True)]
        return "ok", len(scores)
    except ValueError as e:
        return f"mismatch: {e}"
