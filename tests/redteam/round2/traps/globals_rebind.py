"""Hazard [module function rebound through globals()]: `main` swaps `normalize` via
`globals()[...]`; workers import the original definition."""
import hashlib


def normalize(word: str) -> str:
    return word


def digest(word: str) -> str:
    h = normalize(word).encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    globals()["normalize"] = str.upper
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        out.append(digest(w))
    return out[:2]
