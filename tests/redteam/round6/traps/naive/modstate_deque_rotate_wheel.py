"""Hazard [module deque rotated by the callee]: each signature rotates the module's salt wheel; in a process pool the caller's wheel never turns."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import collections
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

WHEEL = collections.deque(["alpha", "beta", "gamma", "delta", "omega"])


def sign(doc):
    WHEEL.rotate(-1)
    salt = WHEEL[0]
    _work(salt + doc)
    return doc


def main():
    docs = [f"doc{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        signed = list(ex.map(sign, docs))
    return signed[:2], WHEEL[0]
