"""Hazard [class attribute changed at run time, PAR104 shape]: the multi-statement body
reads `Settings.rounds`/`Settings.salt`, which `main` changed; outlined into a worker,
it sees the class body values."""
import hashlib


class Settings:
    rounds = 20000
    salt = "a"


def main():
    Settings.rounds = 3000
    Settings.salt = "b"
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        data = (Settings.salt + w).encode()
        for _ in range(Settings.rounds):
            data = hashlib.sha256(data).digest()
        out.append(data.hex())
    return out[:2]
