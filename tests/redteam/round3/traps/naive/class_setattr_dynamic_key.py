"""Hazard [class attributes set with setattr and a computed name]: main() loads tuning into
the Config class; worker processes import the class with its class-body values."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class Config:
    rounds = 10000
    prefix = "dev"


def load_tuning(pairs):
    for key, value in pairs:
        setattr(Config, key, value)


def stretch(name: str) -> str:
    h = (Config.prefix + name).encode()
    for _ in range(Config.rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    load_tuning([("rounds", 30000), ("prefix", "prod")])
    names = [f"u{i}" for i in range(6)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(stretch, names))
