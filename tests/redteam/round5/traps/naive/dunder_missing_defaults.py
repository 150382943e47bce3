"""Hazard [side effect in a dict subclass's __missing__]: `REGION_DEFAULTS[region]` looks like a read but __missing__ computes and stores the entry; the caller's table stays empty under a pool."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Defaults(dict):
    def __missing__(self, key):
        value = key.upper()[:2]
        self[key] = value
        return value


REGION_DEFAULTS = Defaults()


def localise(order):
    region, oid = order
    return REGION_DEFAULTS[region], _work(oid)


def main():
    orders = [(["emea", "apac", "amer"][i % 3], f"o{i}") for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(localise, orders))
    return out, sorted(REGION_DEFAULTS)
