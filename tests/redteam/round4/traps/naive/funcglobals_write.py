"""Hazard [module state written through __globals__]: main() sets SALT through score.__globals__; spawned workers see the import-time SALT."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

SALT = "a"


def score(x: str):
    return _work(SALT + x)


def main():
    score.__globals__["SALT"] = "b"
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
