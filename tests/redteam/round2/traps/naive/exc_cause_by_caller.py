"""Hazard [exception attributes inspected by the caller]: `main` (not the loop) reads
`e.__cause__`; through a process pool the cause is a `_RemoteTraceback`, not the KeyError."""
from concurrent.futures import ProcessPoolExecutor
import hashlib

TABLE = {"a": 1}


def check(word: str) -> int:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    try:
        return TABLE[word[-1]] + h[0]
    except KeyError as exc:
        raise ValueError(f"bad record {word}") from exc


def run(words):
    with ProcessPoolExecutor() as ex:
        return list(ex.map(check, words))


def main():
    try:
        return sum(run([f"w{i}a" for i in range(30)] + ["zz"]))
    except ValueError as e:
        return "cause: " + type(e.__cause__).__name__
