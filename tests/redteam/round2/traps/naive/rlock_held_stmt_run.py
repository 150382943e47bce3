"""Hazard [re-entrant lock held by the caller, PAR202 shape]: `main` calls
`load_pair` while holding `_LOCK`; the two reads each take the RLock again, which a
pool thread cannot do."""
from concurrent.futures import ThreadPoolExecutor
import os
import tempfile
import threading
import time

_LOCK = threading.RLock()


def read_entry(path: str) -> str:
    with _LOCK:
        time.sleep(0.02)
        with open(path) as f:
            return f.read()


def load_pair(d: str):
    with ThreadPoolExecutor(max_workers=2) as ex:
        fa = ex.submit(read_entry, os.path.join(d, "a"))
        fb = ex.submit(read_entry, os.path.join(d, "b"))
        a, b = fa.result(), fb.result()
    return a + b


def main():
    d = tempfile.mkdtemp()
    for n in "ab":
        with open(os.path.join(d, n), "w") as f:
            f.write(n)
    with _LOCK:
        return load_pair(d)
