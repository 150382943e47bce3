"""Hazard [functools.partial of a bound method]: each call updates the tally object the
partial is bound to; a process pool updates pickled copies and the tally stays empty."""
import functools
import hashlib

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


class Tally:
    def __init__(self):
        self.seen = 0
        self.total = 0

    def add(self, word: str, weight: int = 1) -> int:
        v = _chain(word)[0] * weight
        self.seen += 1
        self.total += v
        return v


def main():
    t = Tally()
    score = functools.partial(t.add, weight=3)
    words = [f"w{i}" for i in range(8)]
    values = [score(w) for w in words]
    return values, t.seen, t.total
