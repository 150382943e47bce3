"""Hazard [module state written by a stdlib call]: main() sets CONFIG["salt"] with operator.setitem; spawned workers see the import-time CONFIG."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import operator


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

CONFIG = {"salt": "a"}


def score(x: str):
    return _work(CONFIG["salt"] + x)


def main():
    operator.setitem(CONFIG, "salt", "b")
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
