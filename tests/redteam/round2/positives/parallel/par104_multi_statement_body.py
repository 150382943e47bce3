"""Per word: derive a key, take a prefix, build a record string: a body of several
statements ending with one append."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def main():
    words = [f"item{i}" for i in range(36)]
    with ProcessPoolExecutor() as ex:
        records = list(ex.map(_record, words))
    return records[:2], len(records)


def _record(w):
    key = hashlib.pbkdf2_hmac("sha256", w.encode(), b"pepper", 40_000)
    prefix = key.hex()[:10]
    return f"{w}={prefix}"
