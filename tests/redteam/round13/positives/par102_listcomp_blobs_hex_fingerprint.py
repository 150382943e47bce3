"""Positive PAR102: `[fingerprint(b) for b in blobs]` over bytes built in the file (`bytes(range(i, i + 48))`); the pure callee chains blake2b 30000 times from `b.hex().encode()` and returns the digest's hex prefix."""
import hashlib


def fingerprint(b):
    h = b.hex().encode()
    for _ in range(30000):
        h = hashlib.blake2b(h, digest_size=32).digest()
    return h.hex()[:24]


def run():
    blobs = [bytes(range(i, i + 48)) for i in range(16)]
    prints = [fingerprint(b) for b in blobs]
    return prints


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
