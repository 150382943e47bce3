"""Hazard [mutable class-level default shared by instances]: a dataclass field defaults to one module-level Stats object (hashable, so dataclasses accepts it) and each Request bumps it; workers bump their own."""
import dataclasses
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Stats:
    def __init__(self):
        self.hits = 0


DEFAULT_STATS = Stats()


@dataclasses.dataclass
class Request:
    url: str
    stats: Stats = DEFAULT_STATS


def handle(url):
    req = Request(url)
    req.stats.hits += 1
    return url, _work(url)


def main():
    urls = [f"/api/{i}" for i in range(16)]
    handled = [handle(u) for u in urls]
    return handled[:2], DEFAULT_STATS.hits
