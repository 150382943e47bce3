"""Positive PAR101: a classmethod that reads only class constants, called through its module-level class."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


class Scorer:
    ROUNDS = 40000
    PREFIX = b"v2:"

    @classmethod
    def score(cls, text: str) -> str:
        h = cls.PREFIX + text.encode()
        for _ in range(cls.ROUNDS):
            h = hashlib.sha256(h).digest()
        return h.hex()[:8]


def main():
    texts = [f"title {i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        scores = list(ex.map(Scorer.score, texts))
    return scores
