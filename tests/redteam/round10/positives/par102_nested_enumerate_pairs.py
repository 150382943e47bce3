"""Positive: `for i, (a, b) in enumerate(pairs)`: key-derive each (label, secret) with its index mixed in."""
import hashlib


def derive(i, label, secret):
    return hashlib.pbkdf2_hmac("sha1", secret.encode(), f"{i}:{label}".encode(), 15000).hex()[:12]


def run():
    pairs = [(f"label{k}", f"secret-{k * k}") for k in range(12)]
    keys = [derive(i, label, secret) for i, (label, secret) in enumerate(pairs)]
    return keys


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
