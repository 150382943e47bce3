"""Hazard [module namespace written through `vars(sys.modules[__name__])`]: `remember` creates and fills a module-level list via `setdefault`; in a process pool it exists only in the workers."""
import hashlib
import sys

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def remember(key):
    vars(sys.modules[__name__]).setdefault("SEEN_KEYS", []).append(key)


def index(key):
    remember(key)
    return _work(key)


def main():
    keys = [f"k{i}" for i in range(16)]
    out = []
    for k in keys:
        out.append(index(k))
    return out[:2], len(globals().get("SEEN_KEYS", []))
