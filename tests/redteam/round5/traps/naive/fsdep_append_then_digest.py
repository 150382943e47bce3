"""Hazard [I/O statements dependent through the file system]: append_entry() adds a line to the ledger and seal() hashes the ledger file; concurrently the seal hashes the ledger without the new line."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import time


def append_entry(path, line):
    time.sleep(0.15)
    with open(path, "a") as f:
        f.write(line + "\n")


def seal(path):
    time.sleep(0.01)
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:16]


def main():
    with open("ledger.txt", "w") as f:
        f.write("opening balance 100\n")
    with ThreadPoolExecutor() as ex:
        f1 = ex.submit(append_entry, "ledger.txt", "debit 40")
        f2 = ex.submit(seal, "ledger.txt")
        f1.result()
        digest = f2.result()
    return digest
