"""main() raises the decimal context precision to 50 digits before the loop; a spawned worker
starts from the default 28-digit context, so every settled rate comes back shorter."""
import decimal
import hashlib
from decimal import Decimal


def settle_rate(account):
    digest = hashlib.sha256(str(account).encode()).digest()
    x = Decimal(int.from_bytes(digest[:4], "big") % 9000 + 1000)
    guess = x / 2
    for _ in range(60):
        guess = (guess + x / guess) / 2
    rate = Decimal(1)
    for _ in range(600):
        rate = rate * (1 + guess / Decimal(10**7))
    return str(rate)


def main():
    decimal.getcontext().prec = 50
    rates = []
    for account in range(24):
        rates.append(settle_rate(account))
    return rates[:2], sum(len(r) for r in rates)
