"""Hazard [an items() generator that stops on state the work changes]: `Metered.items()` yields jobs only while the module quota `QUOTA['left']` is positive, and `crawl(size)` charges the quota; sequentially the comprehension stops after the quota is spent, the rewrite drains `items()` before any work (quota untouched) and crawls every job, charging only the workers' copies."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

QUOTA = {"left": 100}


class Metered(dict):
    def items(self):
        for key in self:
            if QUOTA["left"] <= 0:
                return
            yield key, self[key]


def crawl(size):
    QUOTA["left"] -= size
    h = str(size).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    jobs = Metered({f"https://site{i}.example/": 10 + (i % 4) * 5 for i in range(16)})
    urls, sizes = zip(*jobs.items())
    with ProcessPoolExecutor() as ex:
        report = dict(zip(urls, ex.map(crawl, sizes)))
    return len(report), QUOTA["left"]
