"""Hazard [loop variable read after the loop through locals()]: the summary template is filled from locals(), which includes the loop variable `page`; the rewrite does not bind it."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def crawl(page):
    return _work(page)


def main():
    pages = [f"/docs/{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        found = list(ex.map(crawl, pages))
    summary = "crawled up to {page}".format_map(locals())
    return found, summary
