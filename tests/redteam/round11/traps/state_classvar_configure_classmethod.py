"""Hazard [classmethod configures class state at run time]: `Pricing.configure("EUR", 0.92)` sets `ClassVar`s on the dataclass before the loop; `Pricing.convert` in a worker uses the class defaults (USD, 1.0)."""
import hashlib
from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True)
class Pricing:
    sku: str
    usd_cents: int
    currency: ClassVar[str] = "USD"
    rate: ClassVar[float] = 1.0

    @classmethod
    def configure(cls, currency, rate):
        cls.currency = currency
        cls.rate = rate

    def convert(self):
        return f"{round(self.usd_cents * self.rate)} {self.currency}"


def _tag(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:4]


def label(p: Pricing) -> tuple:
    return p.sku, p.convert(), _tag(p.sku)


def run():
    Pricing.configure("EUR", 0.92)
    prices = [Pricing(f"sku-{i}", 1000 + 37 * i) for i in range(16)]
    labels = []
    for p in prices:
        labels.append(label(p))
    return labels[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
