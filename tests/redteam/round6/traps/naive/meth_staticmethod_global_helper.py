"""Hazard [static method reaching module state through a helper]: `Codec.encode` calls `_count()`, which bumps a module global with `global`; a process pool bumps the workers' globals."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

CALLS = 0


def _count():
    global CALLS
    CALLS += 1


class Codec:
    @staticmethod
    def encode(record):
        _count()
        return _work(record)


def main():
    records = [f"rec-{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        encoded = list(ex.map(Codec.encode, records))
    return encoded[:2], CALLS
