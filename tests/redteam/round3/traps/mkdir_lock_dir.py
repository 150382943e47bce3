"""Hazard [filesystem-based locks]: each export takes a lock by creating a directory and
removes it when done; one after another the lock is always free, concurrently it is not."""
import os
import tempfile
import time

LOCKDIR = os.path.join(tempfile.mkdtemp(), "export.lock")


def load(path: str) -> str:
    try:
        os.mkdir(LOCKDIR)
    except FileExistsError:
        return f"{path}: locked"
    try:
        time.sleep(0.05)
        with open(__file__) as f:
            return f"{path}: {len(f.read()) > 0}"
    finally:
        os.rmdir(LOCKDIR)


def main():
    paths = ["users", "orders", "items"]
    out = []
    for p in paths:
        out.append(load(p))
    return out
