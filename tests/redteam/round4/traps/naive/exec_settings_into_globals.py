"""Hazard [module globals written by exec]: main() execs a settings snippet into globals(); spawned workers see the import-time SALT."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

SALT = "a"
SETTINGS_SRC = "SALT = 'b'"


def score(x: str):
    return _work(SALT + x)


def main():
    exec(SETTINGS_SRC, globals())
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
