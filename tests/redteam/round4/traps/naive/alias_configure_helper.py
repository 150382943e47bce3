"""Hazard [aliased module state]: a configure(opts, **kw) helper updates the dict it is given; main()
passes the module-level OPTIONS, and spawned workers never see the update."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

OPTIONS = {"rounds": 1}


def configure(opts, **overrides):
    for k, v in overrides.items():
        opts[k] = v


def score(x: str) -> str:
    h = x
    for _ in range(OPTIONS["rounds"]):
        h = _work(h, 20000)
    return h


def main():
    configure(OPTIONS, rounds=3)
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
