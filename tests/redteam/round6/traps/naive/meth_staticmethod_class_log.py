"""Hazard [static method with a class-level side effect]: `Digest.of` looks like a pure static scorer but appends each text to `Digest.seen`; in a process pool the appends land in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


class Digest:
    seen = []
    ROUNDS = 30000

    @staticmethod
    def of(text):
        Digest.seen.append(text)
        h = text.encode()
        for _ in range(Digest.ROUNDS):
            h = hashlib.sha256(h).digest()
        return text, h.hex()[:8]


def main():
    texts = [f"review #{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        scored = list(ex.map(Digest.of, texts))
    return scored[:2], len(Digest.seen)
