"""Hazard [module state changed through sys.modules]: `setattr(sys.modules[__name__],
"SALT", ...)` changes a module constant at run time; workers see the import-time value."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import sys

SALT = "s0"


def digest(word: str) -> str:
    h = (SALT + word).encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    setattr(sys.modules[__name__], "SALT", "s1")
    words = [f"w{i}" for i in range(40)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, words))
    return out[:2]
