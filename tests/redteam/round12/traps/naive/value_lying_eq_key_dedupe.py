"""Hazard [field object whose `__eq__` is identity-based with a cached hash]: `Tag` objects hash by name but compare `is`; `tag_of` returns `item.tag` and `run` counts results found in the module `KNOWN` set, which no copy from a worker matches."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from typing import NamedTuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Tag:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return self is other


KNOWN = {Tag("red"), Tag("blue")}


class Item(NamedTuple):
    code: str
    tag: object = None


def tag_of(item):
    _chain(item.code)
    return item.tag


def run():
    tags = sorted(KNOWN, key=lambda t: t.name)
    items = [Item(f"i{i}", tags[i % 2]) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(tag_of, items))
    return sum(1 for t in out if t in KNOWN)

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
