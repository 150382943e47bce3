"""Hazard [loop target is a subscript store]: `for STATE["page"] in range(16)` writes the module dict on each iteration and the callee reads STATE["page"]; workers see page None."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


STATE = {"page": None}


def fetch_page(n):
    return n, _work(f"page={STATE['page']}")


def main():
    with ProcessPoolExecutor() as ex:
        pages = list(ex.map(fetch_page, range(16)))
    return pages, STATE
