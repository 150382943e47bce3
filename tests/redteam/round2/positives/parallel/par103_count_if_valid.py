"""Count tokens whose stretched key passes a check: counting with `if`."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def is_valid(token: str) -> bool:
    key = hashlib.pbkdf2_hmac("sha256", token.encode(), b"realm", 30_000)
    return key[0] % 3 == 0


def main():
    tokens = [f"tok-{i}" for i in range(36)]
    with ProcessPoolExecutor() as ex:
        count = sum(1 for ok in ex.map(is_valid, tokens) if ok)
    return count
