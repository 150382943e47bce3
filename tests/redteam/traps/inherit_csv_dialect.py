"""main() registers a named csv dialect at run time; a spawned worker never ran the
registration, so csv.reader(..., dialect="ledger") raises 'unknown dialect' there."""
import csv
import hashlib


def reconcile(batch):
    lines = [f"{batch}-{i}|{(batch * 7919 + i * 104729) % 10007}|EUR" for i in range(200)]
    total = 0
    for row in csv.reader(lines, dialect="ledger"):
        total += int(row[1])
    digest = str(total).encode()
    for _ in range(1500):
        digest = hashlib.sha256(digest).digest()
    return total, digest.hex()[:8]


def main():
    csv.register_dialect("ledger", delimiter="|", quoting=csv.QUOTE_NONE)
    balances = [reconcile(batch) for batch in range(20)]
    return balances[:2], sum(b[0] for b in balances)
