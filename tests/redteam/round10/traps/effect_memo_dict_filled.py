"""Hazard [callee side effect]: `lookup` memoises into the module dict `_MEMO`, whose size `run` reports as the number of distinct keys fetched; the parent's memo stays empty."""
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


def run():
    pairs = [(f"k{i % 3}", i) for i in range(16)]
    out = [lookup(kind, n) for kind, n in pairs]
    return out[:3], len(_MEMO)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
