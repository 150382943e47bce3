"""Hazard [stateful parser object at module level]: feeding each page to the module-level LinkCollector accumulates the links it found; fed in workers, the caller's collector has none."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import html.parser

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class LinkCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.extend(v for k, v in attrs if k == "href")


COLLECTOR = LinkCollector()


def scan(page):
    COLLECTOR.feed(page)
    return _work(page)


def main():
    pages = [f"<p><a href='/a{i}'>x</a><a href='/b{i}'>y</a></p>" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        digests = list(ex.map(scan, pages))
    return digests[:2], len(COLLECTOR.links)
