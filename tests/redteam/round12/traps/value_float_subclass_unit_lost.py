"""Hazard [float subclass whose state lives in a module dict]: `Money` floats keep their currency in the module dict `_CURRENCY[id(self)]` (set by `money()`); in the worker the copy's id has no entry and prices default to "XXX"."""
import hashlib
from dataclasses import dataclass

_CURRENCY = {}

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Money(float):
    def currency(self):
        return _CURRENCY.get(id(self), "XXX")


def money(v, cur):
    m = Money(v)
    _CURRENCY[id(m)] = cur
    return m


@dataclass(frozen=True)
class Price:
    sku: str
    amount: float = 0.0


def label(price):
    return price.sku, _chain(price.sku), price.amount.currency()


def run():
    prices = [Price(f"sku-{i}", money(1.5 * i, "EUR")) for i in range(16)]
    out = []
    for price in prices:
        out.append(label(price))
    return out[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
