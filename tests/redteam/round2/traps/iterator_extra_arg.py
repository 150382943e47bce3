"""Hazard [iterator passed as an extra argument]: `weights` is a `map` object that the
first call exhausts; each worker gets a fresh pickled copy of it."""
import hashlib
import itertools


def score(word: str, weights) -> str:
    h = (word + repr(list(weights))).encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    weights = map(float, "1,2,3".split(","))
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        out.append(score(w, weights))
    return out[:2]
