"""Positive PAR102: list comprehension of stretched tokens over `first_n(load_tokens(), 20)`, a helper returning a slice (fresh list of str) of its argument."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def load_tokens():
    return [f"tok-{i:05d}-{(i * 2654435761) % 65536:04x}" for i in range(32)]


def first_n(items, n):
    return items[:n]


def stretch(token):
    h = token.encode()
    for _ in range(20000):
        h = hashlib.blake2b(h, digest_size=32).digest()
    return h.hex()[:12]


def main():
    with ProcessPoolExecutor() as ex:
        return list(ex.map(stretch, first_n(load_tokens(), 20)))
