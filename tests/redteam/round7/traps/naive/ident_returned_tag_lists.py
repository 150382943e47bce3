"""Hazard [results are parts of the items]: `load_articles(n)` registers articles in `CATALOG` and returns them; the work returns each article's own `tags` list, which the caller extends, changing the catalog only when the lists were not copied by a pool."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

CATALOG = {}


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_articles(n):
    for i in range(n):
        CATALOG[f"a{i}"] = {"id": f"a{i}", "tags": [f"t{i % 4}"]}
    return list(CATALOG.values())


def classify(article):
    if _work(article["id"]).startswith("fff"):
        return []
    return article["tags"]


def main():
    with ProcessPoolExecutor() as ex:
        tag_lists = list(ex.map(classify, load_articles(16)))
    for tags in tag_lists:
        tags.append("indexed")
    return CATALOG["a0"]["tags"], CATALOG["a7"]["tags"]
