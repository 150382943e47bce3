"""Hazard [items mutated by the body]: each item pairs a name with its record dict, and the body stamps the record in place (`rec['checksum'] = ...`, `rec['status'] = 'verified'`); the caller then reads the statuses from its records, which the workers stamped as copies."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def inventory(n):
    return [(f"item{i:02d}", {"sku": 5000 + i, "qty": i % 4}) for i in range(n)]


def _work_item(item, rounds):
    name, rec = item
    checksum = stretch(f"{name}:{rec['sku']}:{rec['qty']}", rounds)
    rec["checksum"] = checksum
    rec["status"] = "verified"
    return (name, checksum)


def main():
    items = inventory(16)
    rounds = 8000
    checked = []
    with ProcessPoolExecutor() as executor:
        checked.extend(executor.map(functools.partial(_work_item, rounds=rounds), items))
    return checked[0], [rec.get("status", "unchecked") for _, rec in items[:3]]
