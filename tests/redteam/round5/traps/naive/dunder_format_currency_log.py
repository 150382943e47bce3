"""Hazard [side effect in an item's dunder]: the f-string `{amount:EUR}` calls Money.__format__, which records every currency rendered in a module set; rendered in workers, the caller's set stays empty."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


CURRENCIES_RENDERED = set()


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        CURRENCIES_RENDERED.add(spec or "USD")
        return f"{self.cents / 100:.2f} {spec or 'USD'}"


def invoice_line(amount):
    return f"{amount:EUR} ref={_work(amount.cents)}"


def main():
    amounts = [Money(1000 + 37 * i) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        lines = list(ex.map(invoice_line, amounts))
    return lines, sorted(CURRENCIES_RENDERED)
