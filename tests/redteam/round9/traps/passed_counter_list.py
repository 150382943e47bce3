"""Hazard [a list of counters the body increments]: `histogram[bucket] += 1` counts the tokens per bucket while the tokens are collected; outlined, each call increments its own pickled copy of `histogram` and the caller's histogram stays all zero."""
import hashlib


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def sessions(n):
    return [(f"user{i:02d}", 40000 + i * 101) for i in range(n)]


def main():
    histogram = [0, 0, 0, 0]
    rounds = 8000
    tokens = []
    for user, nonce in sessions(16):
        token = stretch(f"{user}:{nonce}", rounds)
        bucket = int(token[:4], 16) % len(histogram)
        histogram[bucket] += 1
        tokens.append((user, token[:10], bucket))
    return tokens[0], histogram
