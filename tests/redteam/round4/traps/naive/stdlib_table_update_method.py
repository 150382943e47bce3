"""Hazard [stdlib table mutated at run time]: main() calls html.entities.html5.update(...); html.unescape in workers does not know the entity."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import html
import html.entities


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def score(x: str):
    t = html.unescape("&brand;" + x)
    return t + _work(t)


def main():
    html.entities.html5.update({"brand;": "ACME "})
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
