"""Positive PAR202: two independent reads of different files on a slow mount."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import time


def load_users(path):
    time.sleep(0.08)
    with open(path) as f:
        return [l.strip() for l in f]


def load_catalog_digest(path):
    time.sleep(0.08)
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:12]


def main():
    with open("users.txt", "w") as f:
        f.write("\n".join(f"u{i}" for i in range(5)))
    with open("catalog.bin", "wb") as f:
        f.write(bytes(range(256)))
    with ThreadPoolExecutor() as ex:
        fu = ex.submit(load_users, "users.txt")
        fc = ex.submit(load_catalog_digest, "catalog.bin")
        users, catalog = fu.result(), fc.result()
    return users, catalog
