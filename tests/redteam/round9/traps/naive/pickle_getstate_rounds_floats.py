"""Hazard [`__getstate__` that loses precision]: `Sample.__getstate__` stores the coordinates to 3 decimals (the compact form of the on-disk cache); the loop fingerprints each sample's exact coordinates, the copies a worker unpickles carry the rounded ones, so every fingerprint differs."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


class Sample:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __getstate__(self):
        return {"x": round(self.x, 3), "y": round(self.y, 3)}


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def survey(n):
    return [(f"p{i:02d}", Sample(i / 7, i / 13)) for i in range(1, n + 1)]


def _work_item(item, rounds):
    label, sample = item
    norm = (sample.x ** 2 + sample.y ** 2) ** 0.5
    fp = stretch(f"{sample.x!r},{sample.y!r},{norm!r}", rounds)
    return label, fp


def main():
    rounds = 8000
    prints = {}
    with ProcessPoolExecutor() as executor:
        prints.update(executor.map(functools.partial(_work_item, rounds=rounds), survey(16)))
    return prints["p01"], prints["p16"]
