"""Positive PAR102: dict comprehension over the items of a settings dict built by a function, each value key-stretched."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
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
    with ProcessPoolExecutor() as ex:
        sealed = dict(zip(cfg.keys(), ex.map(stretch, cfg.values())))
    return sealed
