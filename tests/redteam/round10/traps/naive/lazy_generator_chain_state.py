"""Hazard [lazy iterable reads state the element sets]: `blocks()` yields each index with `STATE["prev"]`, which `link` updates; consumed up front, every block gets the initial value."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

STATE = {"prev": "genesis"}


def blocks():
    for i in range(16):
        yield i, STATE["prev"]


def link(i, prev):
    d = _digest(f"{prev}{i}")
    STATE["prev"] = d
    return d


def _run_item(item):
    i, prev = item
    return link(i, prev)


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, blocks(), chunksize=8))
    return out[-2:]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
