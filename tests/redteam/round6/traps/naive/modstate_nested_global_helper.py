"""Hazard [module global written by a nested helper]: the callee defines `note()` inside itself with `global TALLY`; nothing at the callee's own level writes a global, but a process pool tallies in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

TALLY = 0


def process(order):
    def note(n):
        global TALLY
        TALLY += n

    d = _work(order)
    note(len(order))
    return d


def main():
    orders = [f"order-{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(process, orders))
    return out[:2], TALLY
