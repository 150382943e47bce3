"""Hazard [I/O statements dependent through the file system]: purge_stale() deletes *.tmp files and list_pending() lists the folder afterwards; concurrently, the listing still contains the stale files."""
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
    purge_stale("inbox")
    pending = list_pending("inbox")
    return pending
