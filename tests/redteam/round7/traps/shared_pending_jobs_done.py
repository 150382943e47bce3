"""Hazard [the function's result is shared between calls and the work mutates it]: `pending_jobs()` builds a fresh list, but of the module's `JOBS` dicts; the work marks each job done, which the second call sees sequentially and a process pool never writes back."""
import hashlib

JOBS = [{"id": i, "payload": f"p{i}", "done": False} for i in range(16)]


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def pending_jobs():
    return [j for j in JOBS if not j["done"]]


def process(job):
    job["done"] = True
    return job["id"], _work(job["payload"])


def main():
    out = []
    for job in pending_jobs():
        out.append(process(job))
    return out[:2], len(pending_jobs())
