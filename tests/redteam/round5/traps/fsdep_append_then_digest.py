"""Hazard [I/O statements dependent through the file system]: append_entry() adds a line to the ledger and seal() hashes the ledger file; concurrently the seal hashes the ledger without the new line."""
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
    append_entry("ledger.txt", "debit 40")
    digest = seal("ledger.txt")
    return digest
