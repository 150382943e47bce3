"""Hazard [I/O statements dependent through the file system]: purge_stale() deletes *.tmp files and list_pending() lists the folder afterwards; concurrently, the listing still contains the stale files."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import glob
import os
import time


def purge_stale(folder):
    time.sleep(0.15)
    for p in glob.glob(os.path.join(folder, "*.tmp")):
        os.remove(p)


def list_pending(folder):
    time.sleep(0.01)
    return sorted(os.listdir(folder))


def main():
    os.makedirs("inbox")
    for i in range(4):
        open(f"inbox/job{i}.json", "w").close()
        open(f"inbox/job{i}.tmp", "w").close()
    with ThreadPoolExecutor() as ex:
        f1 = ex.submit(purge_stale, "inbox")
        f2 = ex.submit(list_pending, "inbox")
        f1.result()
        pending = f2.result()
    return pending
