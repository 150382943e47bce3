"""Hazard [next() short-circuit]: next(c for c in candidates if try_key(c)) stops at the first key
that works; evaluating all candidates in a pool records sixteen attempts in the audit file."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def try_key(key):
    d = _work(key)
    with open("attempts.log", "a") as fh:
        fh.write(key + "\n")
    return key == "key-04"


def main():
    candidates = [f"key-{i:02d}" for i in range(16)]
    with ThreadPoolExecutor() as ex:
        oks = list(ex.map(try_key, candidates))
    found = next((c for c, ok in zip(candidates, oks) if ok), None)
    with open("attempts.log") as fh:
        return found, len(fh.read().split())
