"""CPU-bound work per record: stretched checksums and weights."""
import hashlib


def fingerprint(record, rounds=3000):
    """A stretched SHA-256 of one record (the same record always gives the same value)."""
    h = hashlib.sha256(record.encode("utf-8"))
    for _ in range(rounds):
        h = hashlib.sha256(h.digest())
    return h.hexdigest()[:16]


def weight(record):
    """A deterministic integer weight, one pass over the record per round."""
    total = 0
    for round_ in range(200):
        for ch in record:
            total = (total * 31 + ord(ch) + round_) % 1_000_003
    return total


def fingerprints(records):
    out = []
    for record in records:
        out.append(fingerprint(record))
    return out


def total_weight(records):
    total = 0
    for record in records:
        total += weight(record)
    return total
