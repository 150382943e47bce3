"""Hazard [container given an unpicklable value in place]: the job list is built from plain dicts, then `jobs.append(...)` adds a job that carries a `threading.Lock`; a process pool must pickle every item and fails on that one."""
import hashlib
import threading

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def run_job(job):
    return job["name"], _work(job["name"])


def main():
    jobs = [{"name": f"job{i}"} for i in range(16)]
    jobs.append({"name": "flush", "guard": threading.Lock()})
    done = []
    for job in jobs:
        done.append(run_job(job))
    return done
