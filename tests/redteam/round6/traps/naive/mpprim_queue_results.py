"""Hazard [multiprocessing queue passed as an argument]: each call puts its digest on a `multiprocessing.Queue` the caller drains; queues may only be shared by inheritance, so a process pool fails to send the calls."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import multiprocessing

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def publish(name, queue):
    d = _work(name)
    queue.put((name, d))
    return d


def run():
    queue = multiprocessing.Queue()
    names = [f"evt{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(publish, names, [queue] * len(names)))
    got = [queue.get(timeout=5) for _ in names]
    return out[:2], len(got)


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
