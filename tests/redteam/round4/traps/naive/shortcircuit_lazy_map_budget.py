"""Hazard [lazy map consumed partially]: map() renders pages lazily and the loop stops once the
size budget is spent; executor.map renders every page eagerly and writes all page files."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import os


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def render_page(n):
    d = _work(f"page{n}")
    with open(f"page-{n:02d}.html", "w") as fh:
        fh.write(d * 100)
    return 800


def main():
    total = 0
    with ProcessPoolExecutor() as ex:
        sizes = list(ex.map(render_page, range(16)))
    for size in sizes:
        total += size
        if total > 3000:
            break
    return total, len([f for f in os.listdir(".") if f.endswith(".html")])
