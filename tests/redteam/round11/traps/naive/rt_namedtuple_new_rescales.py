"""Hazard [namedtuple subclass `__new__` re-run by unpickling]: `Price(sku, euros)` stores cents via an overridden `__new__`; a namedtuple pickles its fields through `__getnewargs__`, so the worker's copy calls `__new__` with cents and multiplies by 100 again."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from collections import namedtuple

_PriceBase = namedtuple("_PriceBase", "sku cents")


class Price(_PriceBase):
    __slots__ = ()

    def __new__(cls, sku, euros):
        return super().__new__(cls, sku, round(euros * 100))


def _margin(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 100 + h[0] % 20


def with_margin(p: Price) -> tuple:
    return p.sku, p.cents * _margin(p.sku) // 100


def run():
    prices = [Price(f"sku-{i}", 1.5 + i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        listed = list(executor.map(with_margin, prices))
    return listed[:4], sum(c for _, c in listed)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
