"""Hazard [the callee pops a key from its dict item]: `ingest` takes the raw payload out of each record with `rec.pop('raw')`; the caller then checks which records were consumed, and a process pool pops from copies."""
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def ingest(rec):
    raw = rec.pop("raw")
    return rec["id"], _work(raw)


def main():
    recs = [{"id": i, "raw": f"payload-{i}"} for i in range(16)]
    out = []
    for r in recs:
        out.append(ingest(r))
    return out[:2], sum("raw" in r for r in recs)
