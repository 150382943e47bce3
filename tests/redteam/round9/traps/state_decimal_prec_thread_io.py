"""Hazard [thread-local decimal context]: `main()` raises the decimal precision to 40 digits before reading the ledgers, and the body divides each ledger's total in that context; the rewrite reads the files in a thread pool (I/O), and each pool thread starts from the default context (28 digits), so the shares are rounded differently."""
import decimal
import os
from decimal import Decimal


def write_ledgers(n):
    os.makedirs("ledgers", exist_ok=True)
    out = []
    for i in range(n):
        path = os.path.join("ledgers", f"l{i:02d}.txt")
        with open(path, "w") as f:
            f.write("\n".join(f"{k * 1.37 + i:.2f}" for k in range(200)))
        out.append((f"l{i:02d}", path))
    return out


def main():
    ledgers = write_ledgers(16)
    decimal.getcontext().prec = 40
    parties = 7
    shares = {}
    for name, path in ledgers:
        with open(path) as f:
            amounts = [Decimal(line) for line in f.read().split()]
        total = sum(amounts)
        share = total / parties
        shares[name] = str(share)
    return shares["l00"], shares["l15"]
