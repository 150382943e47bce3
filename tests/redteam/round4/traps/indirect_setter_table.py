"""Hazard [module state mutated through a dispatch table]: main() applies an override through SETTERS[key](value), a lambda that updates CONFIG; workers see the old CONFIG."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

CONFIG = {"salt": "a"}
SETTERS = {"salt": lambda v: CONFIG.update(salt=v)}


def score(x: str):
    return _work(CONFIG["salt"] + x)


def main():
    for key, value in [("salt", "b")]:
        SETTERS[key](value)
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
