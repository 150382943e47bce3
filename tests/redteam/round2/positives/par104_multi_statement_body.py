"""Per word: derive a key, take a prefix, build a record string: a body of several
statements ending with one append."""
import hashlib


def main():
    words = [f"item{i}" for i in range(36)]
    records = []
    for w in words:
        key = hashlib.pbkdf2_hmac("sha256", w.encode(), b"pepper", 40_000)
        prefix = key.hex()[:10]
        records.append(f"{w}={prefix}")
    return records[:2], len(records)
