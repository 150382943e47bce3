"""Hazard [CPU time measured by the caller]: `run` measures `time.process_time()` around the batch to decide whether the batch is "heavy"; work done by `stretch(n)` (a hash chain over `n.to_bytes(8, "big")`) in worker processes is not counted in the caller's CPU time."""
import hashlib
import time
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def stretch(n):
    return _chain(n.to_bytes(8, "big"), rounds=30000)


def run():
    start = time.process_time()
    with ProcessPoolExecutor() as executor:
        stretched = list(executor.map(stretch, range(16)))
    heavy = time.process_time() - start > 0.1
    return heavy, stretched


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
