"""The caller refreshes the cache while holding its RLock and read_entry() re-enters that
RLock; a pool thread cannot acquire a lock held by the main thread, times out and raises."""
import os
import tempfile
import threading

_lock = threading.RLock()
_cache = {}


def read_entry(path):
    if not _lock.acquire(timeout=0.2):
        raise TimeoutError("cache is busy")
    try:
        with open(path) as f:
            data = f.read()
        _cache[os.path.basename(path)] = data
        return len(data)
    finally:
        _lock.release()


def main():
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i in range(20):
            p = os.path.join(d, f"entry{i}")
            with open(p, "w") as f:
                f.write("x" * (100 + i))
            paths.append(p)
        try:
            with _lock:
                import concurrent.futures
                with concurrent.futures.ThreadPoolExecutor() as ex:
                    sizes = list(ex.map(read_entry, paths))
        except TimeoutError as e:
            return f"refresh failed: {e}"
    return sum(sizes), len(_cache)
