"""Hazard [I/O statements dependent through the file system]: snapshot_size() stats the file that export_snapshot() writes (the path is built in two different ways); run concurrently, the stat comes first and raises FileNotFoundError."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import json
import os
import time


def export_snapshot(day):
    time.sleep(0.15)
    with open(f"snapshot-{day}.json", "w") as f:
        json.dump({"day": day, "rows": list(range(50))}, f)


def snapshot_size(path):
    time.sleep(0.01)
    return os.path.getsize(path)


def main():
    day = "2024-05-01"
    with ThreadPoolExecutor() as ex:
        f1 = ex.submit(export_snapshot, day)
        f2 = ex.submit(snapshot_size, "snapshot-" + day + ".json")
        f1.result()
        size = f2.result()
    return size
