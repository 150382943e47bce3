"""Hazard [a short-circuiting any() over work with side effects]: `scan(name, blob)` writes a quarantine marker for an infected upload; `any(scan(n, b) for n, b in uploads.items())` stops at the first infected upload (one marker); the rewrite `any(ex.map(...))` has already handed the next upload to a worker (the first items go straight to the call queue and cannot be cancelled when `any` stops), so the second infected upload is quarantined too."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import os

SIGNATURE = b"EICAR"


def scan(name, blob):
    h = blob
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    infected = SIGNATURE in blob
    if infected:
        with open(os.path.join("quarantine", name), "w") as f:
            f.write(h.hex())
    return infected


def main():
    os.makedirs("quarantine", exist_ok=True)
    uploads = {f"up{i:02d}.zip": (b"PK" + bytes([i]) * 64 + (SIGNATURE if i in (1, 2) else b"")) for i in range(16)}
    with ProcessPoolExecutor() as ex:
        found = any(ex.map(scan, uploads.keys(), uploads.values()))
    return found, sorted(os.listdir("quarantine"))
