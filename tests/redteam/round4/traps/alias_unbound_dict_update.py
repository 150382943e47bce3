"""Hazard [module state written by an unbound method]: main() calls dict.update(CONFIG, ...); spawned workers see the import-time CONFIG."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

CONFIG = {"salt": "a"}


def score(x: str):
    return _work(CONFIG["salt"] + x)


def main():
    dict.update(CONFIG, salt="b")
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
