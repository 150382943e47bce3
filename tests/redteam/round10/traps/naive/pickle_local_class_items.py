"""Hazard [items do not pickle]: the jobs enumerated are instances of a class defined inside `run`; pickle cannot find the class by name."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def execute(i, job):
    return _digest(f"{i}:{job.n}:{job.label}")


def _run_item(item):
    i, job = item
    return execute(i, job)


def run():
    class Job:
        def __init__(self, n):
            self.n = n
            self.label = f"job{n}"

    jobs = [Job(n) for n in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, enumerate(jobs), chunksize=8))
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
