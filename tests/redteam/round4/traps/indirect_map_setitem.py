"""Hazard [module state mutated through a bound method passed to map()]: main() fills SALTS with list(map(SALTS.__setitem__, ...)); spawned workers see the empty dict."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

SALTS = {}


def score(x: str):
    return _work(SALTS.get(x[-1], "-") + x)


def main():
    list(map(SALTS.__setitem__, "0123456789", "abcdefghij"))
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
