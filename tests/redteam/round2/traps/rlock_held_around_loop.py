"""Hazard [re-entrant lock held by the caller]: `load_all` holds `_LOCK` (an RLock)
around the loop and `read_entry` takes it again; pool threads block on it forever."""
import os
import tempfile
import threading
import time

_LOCK = threading.RLock()


def make_files(n: int) -> list:
    d = tempfile.mkdtemp()
    paths = [os.path.join(d, f"f{i:02}") for i in range(n)]
    for i, p in enumerate(paths):
        with open(p, "w") as f:
            f.write(str(i % 10))
    return paths


def read_entry(path: str) -> str:
    with _LOCK:
        time.sleep(0.02)
        with open(path) as f:
            return f.read()


def load_all(paths):
    with _LOCK:
        out = []
        for p in paths:
            out.append(read_entry(p))
        return out


def main():
    return "".join(load_all(make_files(20)))
