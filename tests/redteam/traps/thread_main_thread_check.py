"""The per-item work tags each record with threading.current_thread().name (it is written to an
audit log); in a pool every record names a ThreadPoolExecutor worker instead of MainThread."""
import threading
import time


def fetch_record(n):
    time.sleep(0.01)  # blocking database round trip
    return {"id": n, "thread": threading.current_thread().name}


def main():
    records = []
    for n in range(20):
        records.append(fetch_record(n))
    return sum(r["thread"] == "MainThread" for r in records)
