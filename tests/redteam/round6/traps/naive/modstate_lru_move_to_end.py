"""Hazard [module `OrderedDict` reordered by `move_to_end`]: rendering a page marks it most recent in the module's LRU order; a process pool reorders the workers' copies and the caller's order is unchanged."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
from collections import OrderedDict

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

RECENT = OrderedDict((f"page{i}", 0) for i in range(16))


def render(page):
    RECENT.move_to_end(page)
    RECENT[page] += 1
    return _work(page)


def main():
    pages = [f"page{i}" for i in reversed(range(16))]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(render, pages))
    return out[:2], list(RECENT)[:4]
