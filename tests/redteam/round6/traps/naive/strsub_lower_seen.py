"""Hazard [str subclass with a stateful `lower`]: `Name.lower` records each name in a module list; a process pool records them in the workers' copies and the caller's list stays empty."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

SEEN = []


class Name(str):
    def lower(self):
        SEEN.append(str(self))
        return str.lower(self)


def normalise_digest(name):
    key = name.lower()
    return key, _work(key)


def main():
    names = [Name(f"User{i}") for i in range(16)]
    with ProcessPoolExecutor() as ex:
        keys = list(ex.map(normalise_digest, names))
    return keys, len(SEEN)
