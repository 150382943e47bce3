"""Hazard [generator that reads what the callee writes]: `batches()` stamps each batch with how many were done before it, a count `process` keeps in a module list; `Executor.map` drains the generator before the callee has run (and in workers), so every stamp is 0."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

DONE = []


def batches(n):
    for i in range(n):
        yield i, len(DONE)


def process(batch):
    i, done_before = batch
    d = _work(f"{i}:{done_before}")
    DONE.append(i)
    return done_before, d


def main():
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(process, batches(16)))
    return out
