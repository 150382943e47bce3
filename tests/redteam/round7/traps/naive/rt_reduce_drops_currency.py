"""Hazard [items pickle but do not round-trip]: `Money.__reduce__` still has the wire format from before currencies (`(Money, (amount,))`); `load_ledger()` returns EUR/GBP amounts that come back from pickling as USD."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = amount
        self.currency = currency

    def __reduce__(self):
        return (Money, (self.amount,))


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_ledger():
    return [Money(100 + 7 * i, ("EUR", "USD", "GBP")[i % 3]) for i in range(16)]


def audit(entry):
    return entry.currency, _work(f"{entry.amount}{entry.currency}")


def main():
    with ProcessPoolExecutor() as ex:
        return list(ex.map(audit, load_ledger()))[:4]
