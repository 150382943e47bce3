"""Positive PAR103: a count of blocks whose proof-of-work digest meets a target."""
import hashlib


def mine(block: int) -> bool:
    h = str(block).encode()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return h[0] < 128


def main():
    count = 0
    for b in range(10):
        if mine(b):
            count += 1
    return count
