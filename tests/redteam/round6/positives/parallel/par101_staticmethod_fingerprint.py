"""Positive PAR101: a pure static method reading only a class constant, reached through its class."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


class Fingerprint:
    ROUNDS = 40000

    @staticmethod
    def of(doc: str) -> str:
        h = doc.encode()
        for _ in range(Fingerprint.ROUNDS):
            h = hashlib.blake2s(h).digest()
        return h.hex()[:10]


def main():
    docs = [f"contract #{i}: net 30 days" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        prints = list(ex.map(Fingerprint.of, docs))
    return prints
