"""Hazard [interned instances]: `Currency` instances are interned by a metaclass `__call__` (so `Currency("EUR") is EUR`), and `convert` tests `money.currency is EUR`; unpickling builds a fresh, non-interned `Currency` in the worker, so no amount is treated as euros."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


class Interned(type):
    def __call__(cls, code):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = cls._cache = {}
        if code not in cache:
            cache[code] = super().__call__(code)
        return cache[code]


class Currency(metaclass=Interned):
    def __init__(self, code):
        self.code = code


EUR = Currency("EUR")
USD = Currency("USD")


@dataclass(frozen=True)
class Money:
    cents: int
    currency: Currency


def _fee(cents, rounds=1500):
    h = str(cents).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 7


def convert(money: Money) -> int:
    if money.currency is EUR:
        return money.cents + _fee(money.cents)
    return money.cents * 92 // 100 + _fee(money.cents)


def run():
    amounts = [Money(100 * i, Currency("EUR" if i % 2 else "USD")) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        euros = list(executor.map(convert, amounts))
    return euros


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
