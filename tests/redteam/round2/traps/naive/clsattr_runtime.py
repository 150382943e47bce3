"""Hazard [class attribute changed at run time]: `main` lowers `Settings.rounds`
before the loop; a spawned worker re-imports the module and sees the class body value."""
from concurrent.futures import ProcessPoolExecutor
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
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, words))
    return out[:2]
