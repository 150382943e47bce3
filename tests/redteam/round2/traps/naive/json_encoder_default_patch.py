"""Hazard [stdlib class patched at run time]: `main` installs a `JSONEncoder.default`
that serialises dates (a common monkeypatch); workers use the unpatched encoder."""
from concurrent.futures import ProcessPoolExecutor
import datetime
import hashlib
import json


def _encode_dates(self, obj):
    if isinstance(obj, datetime.date):
        return obj.isoformat()
    raise TypeError(type(obj).__name__)


def fingerprint(rec: dict) -> str:
    h = json.dumps(rec).encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def fingerprint_all(recs):
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(fingerprint, recs))
    return out


def main():
    json.JSONEncoder.default = _encode_dates
    recs = [{"n": i, "day": datetime.date(2024, 1, 1 + i % 28)} for i in range(40)]
    try:
        out = fingerprint_all(recs)
    except Exception as e:
        return "failed: " + type(e).__name__
    return out[:2]
