"""Hazard [multiprocessing primitive passed as an argument]: a `multiprocessing.Value` looks made for sharing across processes, but it may only be shared by inheritance; passed through `ProcessPoolExecutor.map` it raises RuntimeError."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import multiprocessing

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def count_and_hash(name, counter):
    d = _work(name)
    with counter.get_lock():
        counter.value += 1
    return d


def run():
    counter = multiprocessing.Value("i", 0)
    names = [f"n{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(count_and_hash, names, [counter] * len(names)))
    return out[:2], counter.value


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
