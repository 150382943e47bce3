"""Hazard [items pickle but do not round-trip]: `plan(n)` puts the module sentinel `SKIP = object()` where a task is disabled and the work checks `task is SKIP`; a pickled copy is a new object, not the sentinel, and is treated as an invalid task."""
import hashlib

SKIP = object()


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def plan(n):
    return [SKIP if i % 4 == 3 else f"task{i}" for i in range(n)]


def execute(task):
    if task is SKIP:
        return "skipped"
    if not isinstance(task, str):
        return "invalid"
    return _work(task)


def main():
    return [execute(t) for t in plan(16)][:8]
