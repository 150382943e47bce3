"""Hazard [plain method takes numbers from a module counter]: `Invoice.number()` draws from the module `itertools.count()`; `run` reports the next invoice number after the batch, which stays at 0 in the caller when workers draw their own numbers."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import itertools
from typing import NamedTuple

_SEQ = itertools.count()

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Invoice(NamedTuple):
    client: str
    amount: int = 0

    def number(self):
        return next(_SEQ)


def issue(invoice):
    invoice.number()
    return invoice.client, _chain(invoice.client) + invoice.amount


def run():
    invoices = [Invoice(f"c{i}", 100 * i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        issued = list(executor.map(issue, invoices))
    return issued[:2], next(_SEQ)

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
