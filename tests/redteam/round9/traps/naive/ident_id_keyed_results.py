"""Hazard [results keyed by `id()` of the item]: the records are unhashable dicts, so the body files each result under `id(rec)` and the caller looks them up by its own records' ids; the ids a worker computes are of its unpickled copies, so the caller finds none."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def records(n):
    return [(f"r{i:02d}", {"owner": f"team{i % 3}", "size": 10 * i}) for i in range(n)]


def _work_item(item, rounds):
    name, rec = item
    digest = stretch(f"{name}:{rec['owner']}:{rec['size']}", rounds)
    return id(rec), (name, digest)


def main():
    recs = records(16)
    rounds = 8000
    by_record = {}
    with ProcessPoolExecutor() as executor:
        by_record.update(executor.map(functools.partial(_work_item, rounds=rounds), recs))
    found = [by_record.get(id(rec)) for _, rec in recs]
    return sum(f is not None for f in found), found[0]
