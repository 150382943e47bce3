"""Hazard [the function returns its argument and the work mutates the items]: `select(records)` returns `records` itself when no limit is given; the work pops each record's body, which the caller then counts as consumed, but a process pool pops from copies."""
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def select(records, limit=None):
    if limit is None:
        return records
    return records[:limit]


def ingest(rec):
    body = rec.pop("body")
    return rec["id"], _work(body)


def main():
    records = [{"id": i, "body": f"text{i}"} for i in range(16)]
    out = []
    for rec in select(records):
        out.append(ingest(rec))
    return out[:2], sum("body" in r for r in records)
