"""Hazard [stdlib function monkeypatched at run time]: `json.dumps` is replaced by a
sorted-keys partial in `main`; workers call the original and hash other bytes."""
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
    out = []
    for r in recs:
        out.append(fingerprint(r))
    return out[:2]
