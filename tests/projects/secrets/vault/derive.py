"""CPU-bound key stretching, one label at a time."""
import hashlib


def derive(label, rounds=4000):
    key = hashlib.sha256(b"vault:" + label.encode("utf-8"))
    for _ in range(rounds):
        key = hashlib.sha256(key.digest())
    return key.hexdigest()[:24]


def derive_all(labels):
    keys = []
    for label in labels:
        keys.append(derive(label))
    return keys
