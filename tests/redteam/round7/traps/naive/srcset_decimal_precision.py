"""Hazard [the iterable's function sets state the work reads]: `load_amounts()` raises the decimal precision to 40 digits before returning the amounts; the work's square roots follow the caller's context sequentially, a pool thread has its own default context (28 digits)."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import decimal
import hashlib
from decimal import Decimal


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_amounts():
    decimal.getcontext().prec = 40
    return [str(2 + i) for i in range(16)]


def root(text):
    r = Decimal(text).sqrt()
    return str(r), _work(r)


def main():
    with ThreadPoolExecutor() as ex:
        roots = list(ex.map(root, load_amounts()))
    return roots[:2]
