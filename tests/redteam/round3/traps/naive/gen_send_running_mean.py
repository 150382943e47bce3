"""Hazard [generator-based coroutine state]: each item is sent into a running-mean
generator; a pool cannot share (or pickle) the generator's state."""
from concurrent.futures import ProcessPoolExecutor
import hashlib

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def running_mean():
    total = n = 0
    mean = None
    while True:
        x = yield mean
        total += _chain(x)[0]
        n += 1
        mean = round(total / n, 3)


def main():
    acc = running_mean()
    next(acc)
    items = [f"s{i}" for i in range(6)]
    try:
        with ProcessPoolExecutor() as ex:
            means = list(ex.map(acc.send, items))
    except Exception as e:
        return type(e).__name__
    return means
