"""Hazard [a list of counters the body increments]: `histogram[bucket] += 1` counts the tokens per bucket while the tokens are collected; outlined, each call increments its own pickled copy of `histogram` and the caller's histogram stays all zero."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def sessions(n):
    return [(f"user{i:02d}", 40000 + i * 101) for i in range(n)]


def _work_item(item, histogram, rounds):
    user, nonce = item
    token = stretch(f"{user}:{nonce}", rounds)
    bucket = int(token[:4], 16) % len(histogram)
    histogram[bucket] += 1
    return (user, token[:10], bucket)


def main():
    histogram = [0, 0, 0, 0]
    rounds = 8000
    tokens = []
    with ProcessPoolExecutor() as executor:
        tokens.extend(executor.map(functools.partial(_work_item, histogram=histogram, rounds=rounds), sessions(16)))
    return tokens[0], histogram
