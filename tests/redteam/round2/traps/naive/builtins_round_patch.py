"""Hazard [monkeypatched builtin]: `builtins.round` is replaced at run time (banker's
rounding swapped for half-up); the reduction's workers use the real `round`."""
from concurrent.futures import ProcessPoolExecutor
import builtins
import hashlib
import math


def _half_up(value, ndigits=None):
    if ndigits is None:
        return math.floor(value + 0.5)
    scale = 10 ** ndigits
    return math.floor(value * scale + 0.5) / scale


def score(word: str) -> float:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return round(h[0] / 2)


def main():
    builtins.round = _half_up
    words = [f"w{i}" for i in range(40)]
    with ProcessPoolExecutor() as ex:
        total = sum(ex.map(score, words))
    return total
