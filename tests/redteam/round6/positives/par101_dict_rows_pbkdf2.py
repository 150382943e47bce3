"""Positive PAR101: fresh dict rows hashed with PBKDF2 by a function that only reads them."""
import hashlib


def load_rows():
    return [{"user": f"u{i}", "salt": f"s{i * 7}", "iters": 50000} for i in range(16)]


def hash_row(row: dict) -> tuple:
    dk = hashlib.pbkdf2_hmac("sha256", row["user"].encode(), row["salt"].encode(), row["iters"])
    return row["user"], dk.hex()[:12]


def main():
    rows = load_rows()
    hashed = []
    for row in rows:
        hashed.append(hash_row(row))
    return hashed
