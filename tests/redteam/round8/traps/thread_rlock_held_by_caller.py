"""Hazard [a re-entrant lock the caller holds around the comprehension]: the caller snapshots the store under `STORE_LOCK` (an RLock) and `snapshot(path)` takes the same lock; re-entry succeeds in the caller's thread, the pool's threads time out waiting and report 'busy'."""
import hashlib
import os
import threading

STORE_LOCK = threading.RLock()


def write_store(n):
    os.makedirs("store", exist_ok=True)
    paths = {}
    for i in range(n):
        path = os.path.join("store", f"obj{i:02d}.dat")
        with open(path, "wb") as f:
            f.write(bytes((i * 7 + k) % 256 for k in range(20000)))
        paths[f"obj{i:02d}"] = path
    return paths


def snapshot(path):
    if not STORE_LOCK.acquire(timeout=0.3):
        return "busy"
    try:
        with open(path, "rb") as f:
            data = f.read()
        h = data
        for _ in range(10000):
            h = hashlib.sha256(h).digest()
        return h.hex()[:8]
    finally:
        STORE_LOCK.release()


def main():
    paths = write_store(16)
    with STORE_LOCK:
        snap = {name: snapshot(path) for name, path in paths.items()}
    return snap["obj00"], sum(v == "busy" for v in snap.values())
