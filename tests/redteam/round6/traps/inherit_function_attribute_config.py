"""Hazard [function attribute set at run time]: `main` tunes `stretch.rounds` before the loop and `stretch` reads its own attribute; the function is pickled by reference, so spawned workers see the import-time value."""
import hashlib


def stretch(secret):
    h = secret.encode()
    for _ in range(stretch.rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


stretch.rounds = 20000


def main():
    stretch.rounds = 30000
    secrets_ = [f"pw{i}" for i in range(16)]
    keys = []
    for s in secrets_:
        keys.append(stretch(s))
    return keys
