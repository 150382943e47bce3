"""Hazard [module singleton method]: the callee records into a module-level METRICS instance via a
method call; worker processes record into their own instances and the caller's snapshot is empty."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Metrics:
    def __init__(self):
        self.count = 0
        self.checksum = 0

    def observe(self, digest):
        self.count += 1
        self.checksum ^= int(digest, 16)

    def snapshot(self):
        return {"count": self.count, "checksum": self.checksum}


METRICS = Metrics()


def fingerprint(doc):
    d = _work(doc)
    METRICS.observe(d)
    return d


def main():
    docs = [f"doc-{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        prints = list(ex.map(fingerprint, docs))
    return prints, METRICS.snapshot()
