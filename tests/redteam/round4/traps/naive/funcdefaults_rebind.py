"""Hazard [function defaults changed at run time]: main() rebinds score.__defaults__; functions are
pickled by reference, so spawned workers use the import-time default."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def score(x: str, rounds: int = 1) -> str:
    h = x
    for _ in range(rounds):
        h = _work(h, 20000)
    return h


def main():
    score.__defaults__ = (3,)
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
