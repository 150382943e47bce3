"""Hazard [`__reduce__` re-runs `__post_init__`]: `Invoice.__post_init__` converts the net amount to gross (adds 21% VAT) in place, and `__reduce__` rebuilds through the constructor; each copy sent to a worker is taxed again."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass

VAT = 21


@dataclass
class Invoice:
    customer: str
    amount: int

    def __post_init__(self):
        self.amount = self.amount + self.amount * VAT // 100

    def __reduce__(self):
        return (Invoice, (self.customer, self.amount))


def _ref(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:6]


def settle(inv: Invoice) -> tuple:
    return inv.customer, inv.amount, _ref(f"{inv.customer}:{inv.amount}")


def run():
    invoices = [Invoice(f"cust-{i}", 1000 + 100 * i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        settled = list(executor.map(settle, invoices))
    return sum(amount for _, amount, _ in settled), settled[0]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
