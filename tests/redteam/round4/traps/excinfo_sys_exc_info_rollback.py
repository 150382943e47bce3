"""Hazard [implicit current exception]: rollback() tags each step with sys.exc_info() of the failure
being handled by the caller; in a worker process no exception is active and the tag is "manual"."""
import hashlib
import sys


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def rollback(step):
    etype = sys.exc_info()[0]
    reason = etype.__name__ if etype else "manual"
    return step, reason, _work(step)


def apply_all(steps):
    raise TimeoutError("step 17 timed out")


def main():
    steps = [f"migration-{i:03d}" for i in range(16)]
    try:
        apply_all(steps)
    except TimeoutError:
        undone = [rollback(s) for s in reversed(steps)]
    return undone
