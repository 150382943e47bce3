"""Hazard [module state set through an imported alias]: main() imports its own module with
importlib and sets SALT on it; spawned workers see the import-time SALT."""
import hashlib
import importlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

SALT = "a"


def score(x: str) -> str:
    return _work(SALT + x)


def main():
    me = importlib.import_module(__name__)
    me.SALT = "b"
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
