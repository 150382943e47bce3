"""Positive: hash-chain each name for its own number of rounds, names and rounds zipped from two lists."""
import hashlib


def chain(name, rounds):
    h = name.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def run():
    names = [f"artifact-{i}" for i in range(16)]
    rounds = [4000 + 500 * (i % 5) for i in range(16)]
    out = [chain(name, r) for name, r in zip(names, rounds)]
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
