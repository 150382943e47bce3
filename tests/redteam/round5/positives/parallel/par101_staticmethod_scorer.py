"""Positive PAR101: a stateless module-level class whose static method does the heavy scoring."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


class Scorer:
    ROUNDS = 250000

    @staticmethod
    def score(text):
        h = text.encode()
        for _ in range(Scorer.ROUNDS):
            h = hashlib.blake2b(h, digest_size=32).digest()
        return text, h[:4].hex()


def main():
    texts = [f"review #{i}: works as advertised" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        scored = list(ex.map(Scorer.score, texts))
    return scored
