"""Hazard [the function returns a lazy iterable that reads what the work writes]: `fresh(urls)` is a `filter` over the module set `SEEN` that the work fills; sequentially each repeated URL is skipped, a pool evaluates the filter before any work and crawls every repeat."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

SEEN = set()


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def fresh(urls):
    return filter(lambda u: u not in SEEN, urls)


def crawl(url):
    SEEN.add(url)
    return url, _work(url)


def main():
    urls = [f"page{i % 10}" for i in range(20)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(crawl, fresh(urls)))
    return len(out), sorted(SEEN)[:3]
