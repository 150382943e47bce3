"""Hazard [self.method loop]: Pipeline.run loops self._run_one over its jobs, which counts and
caches on self; mapping the bound method over a process pool mutates pickled copies of self."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Pipeline:
    def __init__(self, jobs):
        self.jobs = jobs
        self.processed = 0
        self.cache = {}

    def _run_one(self, job):
        self.processed += 1
        d = _work(job)
        self.cache[job] = d
        return d

    def run(self):
        with ProcessPoolExecutor() as ex:
            results = list(ex.map(self._run_one, self.jobs))
        return results


def main():
    p = Pipeline([f"job{i}" for i in range(16)])
    r = p.run()
    return r, p.processed, len(p.cache)
