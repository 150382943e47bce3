"""Hazard [side effect in a dunder of an object the callee builds]: `with Span(name):` runs Span.__exit__, which appends the finished span to a module trace; under a pool the trace is filled in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


TRACE = []


class Span:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        TRACE.append(self.name)
        return False


def render_page(page):
    with Span(f"render:{page}"):
        return _work(page)


def main():
    pages = [f"/p/{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        html = list(ex.map(render_page, pages))
    return html, len(TRACE), TRACE[:2]
