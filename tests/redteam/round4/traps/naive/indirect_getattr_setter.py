"""Hazard [module state mutated through getattr dispatch]: main() calls getattr(module, "set_" + key)(value), which rebinds-free updates CONFIG; workers see the old CONFIG."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import sys


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

CONFIG = {"salt": "a"}


def set_salt(v):
    CONFIG["salt"] = v


def score(x: str):
    return _work(CONFIG["salt"] + x)


def main():
    getattr(sys.modules[__name__], "set_salt")("b")
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
