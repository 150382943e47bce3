"""Best score over candidate keys: `best = max(best, score(k))`."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def score(key: str) -> int:
    h = key.encode()
    for _ in range(25_000):
        h = hashlib.sha256(h).digest()
    return int(h[:4].hex(), 16)


def main():
    keys = [f"candidate-{i}" for i in range(40)]
    with ProcessPoolExecutor() as ex:
        best = max([0, *ex.map(score, keys)])
    return best
