"""CPU-bound work per job."""
import hashlib


def job_digest(job_id):
    h = hashlib.sha1(str(job_id).encode("ascii"))
    for _ in range(500):
        h = hashlib.sha1(h.digest())
    return h.hexdigest()[:10]


def run_jobs(job_ids):
    ids = list(job_ids)
    results = {}
    for job_id in ids:
        results[job_id] = job_digest(job_id)
    return results
