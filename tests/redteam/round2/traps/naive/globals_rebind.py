"""Hazard [module function rebound through globals()]: `main` swaps `normalize` via
`globals()[...]`; workers import the original definition."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def normalize(word: str) -> str:
    return word


def digest(word: str) -> str:
    h = normalize(word).encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    globals()["normalize"] = str.upper
    words = [f"w{i}" for i in range(40)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, words))
    return out[:2]
