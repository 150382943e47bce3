"""Hazard [unittest.mock.patch around the work]: the comprehension runs inside
`mock.patch.object(json, "dumps", ...)`; the patch does not exist in worker processes."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import json
from unittest import mock


def canonical(obj) -> str:
    return repr(sorted(obj.items()))


def fingerprint(rec: dict) -> str:
    h = json.dumps(rec).encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    recs = [{"b": i, "a": -i} for i in range(40)]
    with mock.patch.object(json, "dumps", canonical):
        with ProcessPoolExecutor() as ex:
            out = list(ex.map(fingerprint, recs))
    return out[:2]
