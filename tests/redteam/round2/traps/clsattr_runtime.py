"""Hazard [class attribute changed at run time]: `main` lowers `Settings.rounds`
before the loop; a spawned worker re-imports the module and sees the class body value."""
import hashlib


class Settings:
    rounds = 20000


def digest(word: str) -> str:
    h = word.encode()
    for _ in range(Settings.rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    Settings.rounds = 5000
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        out.append(digest(w))
    return out[:2]
