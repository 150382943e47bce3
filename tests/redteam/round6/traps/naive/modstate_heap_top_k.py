"""Hazard [module heap maintained with `heapq`]: `rank` pushes each score onto the module's top-3 heap; in a process pool the caller's heap stays empty."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import heapq

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

TOP = []


def rank(name):
    score = int(_work(name), 16)
    heapq.heappush(TOP, (score, name))
    if len(TOP) > 3:
        heapq.heappop(TOP)
    return score


def main():
    names = [f"cand{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        scores = list(ex.map(rank, names))
    return scores[:2], sorted(TOP)
