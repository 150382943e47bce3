"""main() switches the decimal context to ROUND_HALF_UP for money; quantize() in a spawned
worker uses the default ROUND_HALF_EVEN, so half-cent line items round differently."""
import decimal
import hashlib
from decimal import Decimal

CENT = Decimal("0.01")


def invoice_total(order_id):
    key = hashlib.pbkdf2_hmac("sha256", str(order_id).encode(), b"orders", 4000)
    total = Decimal(0)
    for i in range(0, 32, 4):
        half_cents = int.from_bytes(key[i:i + 4], "big") % 200000
        line = Decimal(half_cents) / 200
        total += line.quantize(CENT)
    return total


def main():
    decimal.getcontext().rounding = decimal.ROUND_HALF_UP
    totals = {order: invoice_total(order) for order in range(100, 130)}
    return str(sum(totals.values())), str(totals[100])
