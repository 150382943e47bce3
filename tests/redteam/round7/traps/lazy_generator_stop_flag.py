"""Hazard [a generator function reads module state the work writes]: `candidates(n)` stops yielding once the module global `FOUND` is set, which the work sets on the first digest with a leading zero nibble; a pool drains the generator first and tries all candidates, and `FOUND` stays None in the caller."""
import hashlib

FOUND = None


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def candidates(n):
    for i in range(n):
        if FOUND is not None:
            return
        yield i


def check(i):
    global FOUND
    d = _work(f"key{i}")
    if d.startswith("0") and FOUND is None:
        FOUND = i
    return i, d


def main():
    tried = []
    for i in candidates(24):
        tried.append(check(i))
    return len(tried), FOUND
