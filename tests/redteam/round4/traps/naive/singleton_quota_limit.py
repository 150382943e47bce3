"""Hazard [module singleton method]: a module-level QUOTA allows 12 renders in total; in worker
processes each worker has its own quota, so all 16 renders succeed instead of 12."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class QuotaExceeded(Exception):
    pass


class Quota:
    def __init__(self, limit):
        self.limit = limit
        self.used = 0

    def take(self):
        if self.used >= self.limit:
            raise QuotaExceeded(self.used)
        self.used += 1


QUOTA = Quota(12)


def render(job):
    QUOTA.take()
    return _work(job)


def main():
    jobs = [f"page{i}" for i in range(16)]
    results = []
    with ProcessPoolExecutor() as ex:
        futs = [ex.submit(render, job) for job in jobs]
    for fut in futs:
        try:
            results.append(fut.result())
        except QuotaExceeded:
            results.append(None)
    return results
