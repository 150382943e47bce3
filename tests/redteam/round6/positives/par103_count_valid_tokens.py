"""Positive PAR103: count of tokens whose stretched digest passes a check."""
import hashlib


def is_valid(token: str) -> bool:
    h = token.encode()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return h[0] % 2 == 0


def main():
    tokens = [f"tok-{i:03d}" for i in range(16)]
    valid = 0
    for t in tokens:
        if is_valid(t):
            valid += 1
    return valid
