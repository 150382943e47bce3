"""Hazard [a lazy Mapping whose values depend on the previous result]: `Chain.__getitem__` builds each block header from `STATE['last']`, the seal of the block before, which `seal(header)` updates; `{k: seal(h) for k, h in chain.items()}` reads each header after the previous seal, the rewrite reads all values up front (all on 'genesis') and the workers update their own `STATE`."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
from collections.abc import Mapping

STATE = {"last": "genesis"}


class Chain(Mapping):
    def __init__(self, bodies):
        self._bodies = bodies

    def __getitem__(self, key):
        return f"{STATE['last']}|{key}|{self._bodies[key]}"

    def __iter__(self):
        return iter(self._bodies)

    def __len__(self):
        return len(self._bodies)


def seal(header):
    h = header.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    STATE["last"] = h.hex()[:16]
    return STATE["last"]


def main():
    chain = Chain({f"block{i:02d}": f"tx{i * 3},tx{i * 3 + 1}" for i in range(16)})
    with ProcessPoolExecutor() as ex:
        seals = dict(zip(chain, ex.map(seal, chain.values())))
    return seals["block00"][:8], seals["block15"][:8], STATE["last"][:8]
