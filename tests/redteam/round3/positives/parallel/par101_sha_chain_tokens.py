"""Positive PAR101: a loop appending a pure CPU-heavy hash chain per token."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def stretch(token: str) -> str:
    h = token.encode()
    for _ in range(60000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def main():
    tokens = [f"user-{i}" for i in range(12)]
    with ProcessPoolExecutor() as ex:
        keys = list(ex.map(stretch, tokens))
    return keys
