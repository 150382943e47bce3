"""Positive PAR101: seal frozen-dataclass invoices with `sealed.append(seal(inv))`; `seal` stretches `inv.salt()` (a pure plain method) with PBKDF2 and returns `(inv.ref, inv.amount, tag)` (str, int and a computed int)."""
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Invoice:
    ref: str
    amount: int = 0
    region: str = "eu"

    def salt(self):
        return f"{self.region}:{self.amount}".encode()


def seal(inv):
    key = hashlib.pbkdf2_hmac("sha256", inv.ref.encode(), inv.salt(), 150000)
    return inv.ref, inv.amount, int.from_bytes(key[:4], "big")


def main():
    invoices = [Invoice(f"inv-{i:03}", 100 + 7 * i, ("eu", "us")[i % 2]) for i in range(16)]
    sealed = []
    for inv in invoices:
        sealed.append(seal(inv))
    return sealed
