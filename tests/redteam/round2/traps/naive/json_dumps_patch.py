"""Hazard [stdlib function monkeypatched at run time]: `json.dumps` is replaced by a
sorted-keys partial in `main`; workers call the original and hash other bytes."""
from concurrent.futures import ProcessPoolExecutor
import functools
import hashlib
import json


def fingerprint(rec: dict) -> str:
    h = json.dumps(rec).encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    json.dumps = functools.partial(json.dumps, sort_keys=True)
    recs = [{"b": i, "a": -i} for i in range(40)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(fingerprint, recs))
    return out[:2]
