"""Hazard [tracemalloc instrumentation]: the caller measures the peak memory the batch
allocates; allocations made in worker processes are not traced by the caller."""
import hashlib
import tracemalloc


def crunch(seed: int) -> str:
    buf = [hashlib.sha256(f"{seed}-{i}".encode()).hexdigest() for i in range(30000)]
    return hashlib.sha256("".join(buf).encode()).hexdigest()[:8]


def main():
    seeds = list(range(24))
    tracemalloc.start()
    out = [crunch(s) for s in seeds]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return out[:3], peak > 2_000_000
