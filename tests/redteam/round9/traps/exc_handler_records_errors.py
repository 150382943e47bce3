"""Hazard [an `except` handler that records state]: amounts that do not parse are recorded in `errors` (a dict of the caller) and skipped with `continue`; outlined, the handler records into each call's pickled copy, so the caller's error report is empty."""
import hashlib
from decimal import Decimal, InvalidOperation


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def lines(n):
    return [(f"line{i:02d}", "12,50" if i % 7 == 3 else f"{i * 3}.25") for i in range(n)]


def main():
    errors = {}
    rounds = 8000
    receipts = []
    for name, text in lines(16):
        try:
            amount = Decimal(text)
        except InvalidOperation:
            errors[name] = text
            continue
        receipt = stretch(f"{name}={amount}", rounds)
        receipts.append((name, receipt))
    return len(receipts), errors
