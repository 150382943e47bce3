"""Hazard [`break` with side effects before it]: the spool is processed up to its end-of-job marker (`break` at the first `%EOF` page), and every page processed writes its cache file; outlined, the helper returns a stop marker for the `%EOF` page and the caller truncates the results there, but the pages after it were already rendered and their cache files written (15 files instead of 6; the results are collected before the truncation, as cancelled pending items would make the count vary)."""
import hashlib
import os
import functools
import itertools
from concurrent.futures import ProcessPoolExecutor


def render(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def spool(n):
    return [(f"page{i:02d}", b"%EOF" if i == 6 else f"page {i} text".encode() * 20) for i in range(n)]



_STOP = "stop"


def _work_item(item, cache_dir, rounds):
    name, data = item
    if data.startswith(b"%EOF"):
        return _STOP
    digest = render(data, rounds)
    with open(os.path.join(cache_dir, name + ".cache"), "w") as f:
        f.write(digest)
    return (name, digest)


def main():
    cache_dir = "cache"
    os.makedirs(cache_dir, exist_ok=True)
    rounds = 8000
    printed = []
    with ProcessPoolExecutor() as executor:
        results = list(executor.map(functools.partial(_work_item, cache_dir=cache_dir, rounds=rounds), spool(16)))
    printed.extend(itertools.takewhile(lambda r: r != _STOP, results))
    return len(printed), len(os.listdir(cache_dir))
