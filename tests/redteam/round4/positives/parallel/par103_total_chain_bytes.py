"""Positive PAR103: total += f(x) over hash-chain byte sums."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def chain_sum(word: str) -> int:
    h = word.encode()
    for _ in range(50000):
        h = hashlib.sha256(h).digest()
    return sum(h)


def main():
    with ProcessPoolExecutor() as ex:
        total = sum(ex.map(chain_sum, [f"word{i}" for i in range(16)]))
    return total
