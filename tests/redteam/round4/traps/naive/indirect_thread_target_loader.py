"""Hazard [module state mutated by a thread target]: main() loads CONFIG in a threading.Thread(target=_load) it joins; spawned workers see the unloaded CONFIG."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import threading


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

CONFIG = {"salt": "a"}


def _load():
    CONFIG["salt"] = "loaded"


def score(x: str):
    return _work(CONFIG["salt"] + x)


def main():
    t = threading.Thread(target=_load)
    t.start()
    t.join()
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
