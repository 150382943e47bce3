"""Hazard [`functools.partial` holding a mutable keyword]: `score = partial(score_into, sink=[])` collects every digest into the partial's list; a process pool pickles the partial, so the sink stays empty."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import functools
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def score_into(name, sink):
    d = _work(name)
    sink.append(d)
    return d


def main():
    score = functools.partial(score_into, sink=[])
    names = [f"doc{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(score, names))
    return out[:2], len(score.keywords["sink"])
