"""Hazard [uncaught exception]: a bad item raises and nothing catches it; the
traceback printed on stderr is different (remote traceback, pool frames)."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def check(word: str) -> int:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return int(word) + h[0]


def main():
    words = ["x"] + [str(i) for i in range(30)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(check, words))
    return sum(out)
