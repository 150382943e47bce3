"""Hazard [iterator passed as an extra argument]: `weights` is a `map` object that the
first call exhausts; each worker gets a fresh pickled copy of it."""
from concurrent.futures import ProcessPoolExecutor
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
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(score, words, itertools.repeat(weights)))
    return out[:2]
