"""Hazard [stdlib table mutated at run time]: main() adds an entity to html.entities.html5, which
html.unescape consults; spawned workers import the unmodified table."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import html
import html.entities


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def score(x: str) -> str:
    text = html.unescape(f"&brand;{x}")
    return text + ":" + _work(text)


def main():
    html.entities.html5["brand;"] = "ACME "
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
