"""Hazard [an `except` handler that records state]: amounts that do not parse are recorded in `errors` (a dict of the caller) and skipped with `continue`; outlined, the handler records into each call's pickled copy, so the caller's error report is empty."""
import hashlib
from decimal import Decimal, InvalidOperation
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def lines(n):
    return [(f"line{i:02d}", "12,50" if i % 7 == 3 else f"{i * 3}.25") for i in range(n)]


def _work_item(item, errors, rounds):
    name, text = item
    try:
        amount = Decimal(text)
    except InvalidOperation:
        errors[name] = text
        return None
    receipt = stretch(f"{name}={amount}", rounds)
    return (name, receipt)


def main():
    errors = {}
    rounds = 8000
    receipts = []
    with ProcessPoolExecutor() as executor:
        receipts.extend(r for r in executor.map(functools.partial(_work_item, errors=errors, rounds=rounds), lines(16)) if r is not None)
    return len(receipts), errors
