"""Hazard [module state read through a default argument]: `salts=SALTS` binds the
module dict, which `main` updates in place; workers get the import-time dict."""
import hashlib

SALTS = {"default": "s0"}


def digest(word: str, salts=SALTS) -> str:
    h = (salts["default"] + word).encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    SALTS.update({"default": "s1"})
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        out.append(digest(w))
    return out[:2]
