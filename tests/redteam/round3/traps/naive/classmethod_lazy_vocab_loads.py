"""Hazard [lazy class-level cache]: the first call builds the class-level vocabulary and
records the load; in a process pool each worker builds its own and the caller never does."""
from concurrent.futures import ProcessPoolExecutor
import hashlib

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


class Vocab:
    _table = None
    loads = []

    @classmethod
    def table(cls):
        if cls._table is None:
            cls._table = {i: _chain(str(i), 200).hex()[:4] for i in range(256)}
            cls.loads.append(len(cls._table))
        return cls._table


def encode(word: str) -> str:
    t = Vocab.table()
    return "".join(t[b] for b in _chain(word)[:4])


def main():
    words = [f"tok{i}" for i in range(8)]
    with ProcessPoolExecutor() as ex:
        codes = list(ex.map(encode, words))
    return codes, Vocab.loads
