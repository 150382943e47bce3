"""Hazard [aliased module state]: main() writes into the front layer of a module-level ChainMap; the
callee reads the ChainMap, and workers see only the defaults."""
import collections
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

DEFAULTS = {"codec": "utf-8", "level": 1}
CONF = collections.ChainMap({}, DEFAULTS)


def score(x: str) -> str:
    return _work(f"{CONF['codec']}/{CONF['level']}/{x}")


def main():
    CONF.maps[0]["level"] = 9
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
