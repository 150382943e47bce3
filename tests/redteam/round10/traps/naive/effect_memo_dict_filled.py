"""Hazard [callee side effect]: `lookup` memoises into the module dict `_MEMO`, whose size `run` reports as the number of distinct keys fetched; the parent's memo stays empty."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

_MEMO = {}


def lookup(kind, n):
    key = (kind, n % 5)
    if key not in _MEMO:
        _MEMO[key] = _digest(repr(key))
    return _MEMO[key]


def _run_item(item):
    kind, n = item
    return lookup(kind, n)


def run():
    pairs = [(f"k{i % 3}", i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    return out[:3], len(_MEMO)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
