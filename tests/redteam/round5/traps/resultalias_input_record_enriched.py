"""Hazard [results alias the items]: validate() returns its (unchanged) record argument after a costly check; the caller then enriches the returned records, which under a pool are copies, so the caller's records stay bare."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def validate(record):
    if _work(record["id"]) == "":
        raise ValueError(record["id"])
    return record


def main():
    records = [{"id": f"r{i}", "qty": i} for i in range(16)]
    valid = [validate(r) for r in records]
    for r in valid:
        r["status"] = "ok"
    return [r.get("status") for r in records]
