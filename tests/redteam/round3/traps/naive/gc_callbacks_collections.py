"""Hazard [gc callbacks]: the caller installs a gc callback to count the cyclic garbage the
work leaves; cycles collected in worker processes never reach the caller's callback."""
from concurrent.futures import ProcessPoolExecutor
import gc
import hashlib

STATS = {"collected": 0}


def _on_gc(phase, info):
    if phase == "stop":
        STATS["collected"] += info["collected"]


def build_graph(seed: int) -> int:
    total = 0
    for i in range(60000):
        a, b = [i], [seed]
        a.append(b)
        b.append(a)
        total += len(a)
    return total + int(hashlib.sha256(str(seed).encode()).hexdigest()[:4], 16)


def main():
    gc.collect()
    gc.callbacks.append(_on_gc)
    try:
        with ProcessPoolExecutor() as ex:
            totals = list(ex.map(build_graph, range(6)))
    finally:
        gc.callbacks.remove(_on_gc)
    return totals, STATS["collected"] > 10000
