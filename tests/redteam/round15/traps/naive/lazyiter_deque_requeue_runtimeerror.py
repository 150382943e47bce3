"""Hazard [callee appends to the deque being enumerated]: `{i: attempt(job) for i, job in enumerate(PENDING)}`; `attempt` requeues flaky jobs with `PENDING.append(...)`; a deque mutated during iteration raises RuntimeError sequentially; the naive rewrite lists the jobs first and workers requeue into their own deques."""
import hashlib
from concurrent.futures import ProcessPoolExecutor
from collections import deque

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


PENDING = deque(f"job{i:02d}" for i in range(16))


def attempt(job):
    tag = _stretch(job)
    if job.endswith("7"):
        PENDING.append(job + "-retry")
    return tag


def _helper(item):
    i, job = item
    return attempt(job)


def run():
    with ProcessPoolExecutor() as executor:
        items = list(enumerate(PENDING))
        out = dict(zip((i for i, job in items), executor.map(_helper, items)))
    return len(out), sorted(out.items())[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
