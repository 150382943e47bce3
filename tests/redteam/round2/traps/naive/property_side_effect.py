"""Hazard [property with a side effect]: `doc.body` is a property that counts loads in
a class attribute; in workers the counting happens on copies in other processes."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class Doc:
    loads = 0

    def __init__(self, name: str):
        self.name = name

    @property
    def body(self) -> str:
        Doc.loads += 1
        return self.name * 3


def digest(doc: Doc) -> str:
    h = doc.body.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    docs = [Doc(f"d{i}") for i in range(40)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, docs))
    return Doc.loads, out[:1]
