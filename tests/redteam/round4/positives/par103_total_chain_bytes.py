"""Positive PAR103: total += f(x) over hash-chain byte sums."""
import hashlib


def chain_sum(word: str) -> int:
    h = word.encode()
    for _ in range(50000):
        h = hashlib.sha256(h).digest()
    return sum(h)


def main():
    total = 0
    for w in [f"word{i}" for i in range(16)]:
        total += chain_sum(w)
    return total
