"""Positive: `for i, (a, b) in enumerate(pairs)`: key-derive each (label, secret) with its index mixed in."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def derive(i, label, secret):
    return hashlib.pbkdf2_hmac("sha1", secret.encode(), f"{i}:{label}".encode(), 15000).hex()[:12]


def _run_item(item):
    i, (label, secret) = item
    return derive(i, label, secret)


def run():
    pairs = [(f"label{k}", f"secret-{k * k}") for k in range(12)]
    with ProcessPoolExecutor() as executor:
        keys = list(executor.map(_run_item, enumerate(pairs), chunksize=8))
    return keys


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
