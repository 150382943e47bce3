"""Positive PAR101: a loop appending a pure CPU-heavy hash chain per token."""
import hashlib


def stretch(token: str) -> str:
    h = token.encode()
    for _ in range(60000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def main():
    tokens = [f"user-{i}" for i in range(12)]
    keys = []
    for t in tokens:
        keys.append(stretch(t))
    return keys
