"""Positive PAR101: key stretching of the words that `load_words(kind)`, a function with several returns of fresh string lists, returns."""
import hashlib


def load_words(kind):
    if kind == "short":
        return [f"w{i}" for i in range(16)]
    if kind == "long":
        return [f"word-{i:04d}-" + "x" * (i % 7) for i in range(20)]
    return []


def stretch(word):
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return word, h.hex()[:12]


def main():
    out = []
    for word in load_words("long"):
        out.append(stretch(word))
    return out
