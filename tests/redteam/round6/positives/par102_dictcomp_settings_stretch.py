"""Positive PAR102: dict comprehension over the items of a settings dict built by a function, each value key-stretched."""
import hashlib


def settings():
    return {f"service.{i}": f"secret-{i * 37}" for i in range(16)}


def stretch(value: str) -> str:
    h = value.encode()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def main():
    cfg = settings()
    sealed = {name: stretch(value) for name, value in cfg.items()}
    return sealed
