"""Positive PAR103: count of tokens whose stretched digest passes a check."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def is_valid(token: str) -> bool:
    h = token.encode()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return h[0] % 2 == 0


def main():
    tokens = [f"tok-{i:03d}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        valid = sum(1 for ok in ex.map(is_valid, tokens) if ok)
    return valid
