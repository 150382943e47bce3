"""Hazard [tuple field compared with `is`]: records without custom tags share the module tuple `DEFAULT_TAGS` and `classify` checks `item.tags is DEFAULT_TAGS` to skip tag parsing; copies in a worker are equal but not identical tuples."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from collections import namedtuple

DEFAULT_TAGS = ("std", "eu")

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Item = namedtuple("Item", "code tags")


def classify(item):
    h = _chain(item.code)
    custom = item.tags is not DEFAULT_TAGS
    return item.code, h, custom


def run():
    items = [Item(f"i{i}", DEFAULT_TAGS if i % 3 else ("std", "eu")) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(classify, items))
    return sum(c for _, _, c in out)

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
