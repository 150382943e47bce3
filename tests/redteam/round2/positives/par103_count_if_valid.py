"""Count tokens whose stretched key passes a check: counting with `if`."""
import hashlib


def is_valid(token: str) -> bool:
    key = hashlib.pbkdf2_hmac("sha256", token.encode(), b"realm", 30_000)
    return key[0] % 3 == 0


def main():
    tokens = [f"tok-{i}" for i in range(36)]
    count = 0
    for t in tokens:
        if is_valid(t):
            count += 1
    return count
