"""Hazard [class attribute changed at run time, PAR104 shape]: the multi-statement body
reads `Settings.rounds`/`Settings.salt`, which `main` changed; outlined into a worker,
it sees the class body values."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class Settings:
    rounds = 20000
    salt = "a"


def main():
    Settings.rounds = 3000
    Settings.salt = "b"
    words = [f"w{i}" for i in range(40)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(_body, words))
    return out[:2]


def _body(w):
    data = (Settings.salt + w).encode()
    for _ in range(Settings.rounds):
        data = hashlib.sha256(data).digest()
    return data.hex()
