"""Hazard [loop target is a subscript store]: `for STATE["page"] in range(16)` writes the module dict on each iteration and the callee reads STATE["page"]; workers see page None."""
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
    pages = []
    for STATE["page"] in range(16):
        pages.append(fetch_page(STATE["page"]))
    return pages, STATE
