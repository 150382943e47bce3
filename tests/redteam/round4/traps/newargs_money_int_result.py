"""Hazard [pickle reconstruction via __new__]: results are an int subclass Money(cents, currency);
unpickling calls Money.__new__(cls, cents) without the currency and the result cannot travel back."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Money(int):
    def __new__(cls, cents, currency):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj


def price(sku):
    return Money(int(_work(sku)[:4], 16), "EUR")


def main():
    skus = [f"sku-{i}" for i in range(16)]
    prices = []
    for s in skus:
        prices.append(price(s))
    return [(int(p), p.currency) for p in prices]
