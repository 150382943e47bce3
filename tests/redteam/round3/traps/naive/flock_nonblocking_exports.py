"""Hazard [advisory file locks]: each export takes a non-blocking flock on a shared lock
file; one after another they never collide, run on threads the later ones find it busy."""
from concurrent.futures import ThreadPoolExecutor
import fcntl
import os
import tempfile
import time

LOCK = os.path.join(tempfile.gettempdir(), f"exports-{os.getpid()}.lock")


def export(table: str) -> str:
    with open(LOCK, "w") as lk:
        try:
            fcntl.flock(lk, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return f"{table}: busy"
        time.sleep(0.1)
        fcntl.flock(lk, fcntl.LOCK_UN)
    return f"{table}: exported"


def main():
    with ThreadPoolExecutor() as ex:
        fu = ex.submit(export, "users")
        fo = ex.submit(export, "orders")
        fi = ex.submit(export, "items")
        users, orders, items = fu.result(), fo.result(), fi.result()
    return [users, orders, items]
