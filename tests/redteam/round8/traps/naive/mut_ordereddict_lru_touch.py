"""Hazard [the work reorders the OrderedDict being iterated]: `render(key, html)` marks each page as recently used with `PAGES.move_to_end(key)`; while `{key: render(key, html) for key, html in PAGES.items()}` iterates, that raises RuntimeError (OrderedDict mutated during iteration) sequentially, workers reorder their own copies."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
from collections import OrderedDict

PAGES = OrderedDict((f"/page/{i}", f"<h1>Page {i}</h1>" + "<p>lorem</p>" * i) for i in range(16))


def render(key, html):
    PAGES.move_to_end(key)
    h = html.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def etags():
    with ProcessPoolExecutor() as ex:
        return dict(zip(PAGES, ex.map(render, PAGES.keys(), PAGES.values())))


def main():
    try:
        tags = etags()
        return "ok", len(tags), list(PAGES)[:2]
    except Exception as e:
        return f"failed: {type(e).__name__}", list(PAGES)[:2]
