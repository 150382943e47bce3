"""Hazard [in-place operator on a mutable argument]: `pending -= {job}` removes from the caller's set, and each call reports how many jobs are still pending; a pool removes from copies."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def complete(job, pending):
    pending -= {job}
    return job, len(pending), _work(job)


def main():
    jobs = [f"job{i}" for i in range(16)]
    pending = set(jobs)
    progress = []
    for j in jobs:
        progress.append(complete(j, pending))
    return [p[1] for p in progress], len(pending)
