"""Hazard [in-place operator on a mutable argument]: `journal += record` appends to the caller's bytearray and the returned offset depends on earlier records; a pool appends to copies."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def write_record(entry, journal):
    record = (_work(entry) + "\n").encode()
    offset = len(journal)
    journal += record
    return entry, offset


def main():
    entries = [f"txn{i}" for i in range(16)]
    journal = bytearray()
    offsets = []
    for e in entries:
        offsets.append(write_record(e, journal))
    return offsets, len(journal)
