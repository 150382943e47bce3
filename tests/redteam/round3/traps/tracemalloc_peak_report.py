"""Hazard [tracemalloc instrumentation]: the caller measures peak traced memory of the
work; allocations made in worker processes are not traced by the caller."""
import hashlib
import tracemalloc


def crunch(seed: int) -> str:
    buf = [hashlib.sha256(f"{seed}-{i}".encode()).hexdigest() for i in range(40000)]
    return hashlib.sha256("".join(buf).encode()).hexdigest()[:8]


def main():
    tracemalloc.start()
    out = [crunch(s) for s in range(6)]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return out, peak > 2_000_000
