"""Hazard [import-time registration of an exit hook]: the module registers an atexit
report at import; every spawned worker imports it and prints the report when it exits."""
from concurrent.futures import ProcessPoolExecutor
import atexit
import hashlib

atexit.register(print, "report: done")


def digest(word: str) -> str:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    words = [f"w{i}" for i in range(40)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, words))
    return out[:1]
