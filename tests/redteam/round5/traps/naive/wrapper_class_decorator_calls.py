"""Hazard [state kept in a class-based decorator]: `score = Metered(_score)` is a callable instance counting calls on itself; mapped over a pool, each task gets a pickled copy and the module-level meter stays at zero."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Metered:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


def _score(doc):
    return _work(doc)


score = Metered(_score)


def main():
    docs = [f"doc{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        scores = list(ex.map(score, docs))
    return scores, score.calls
