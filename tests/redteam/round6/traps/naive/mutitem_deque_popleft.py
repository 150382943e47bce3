"""Hazard [the callee consumes from its deque item]: `take_first` pops the head job off each queue; a process pool pops from copies, so the caller's queues still hold every job."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import collections
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def take_first(queue):
    job = queue.popleft()
    return job, _work(job)


def main():
    queues = [collections.deque([f"q{i}-a", f"q{i}-b"]) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(take_first, queues))
    return out[:2], [len(q) for q in queues][:4]
