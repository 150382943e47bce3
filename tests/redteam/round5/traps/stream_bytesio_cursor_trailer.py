"""Hazard [stream cursor moved by a read]: read_record() seeks and reads in the module-level BytesIO; the caller then reads the trailer from where the cursor was left, which under a pool is still the start."""
import hashlib
import io

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


BLOB = io.BytesIO(b"".join(f"rec{i:02d}".encode() for i in range(16)) + b"TRAILER")


def read_record(i):
    BLOB.seek(5 * i)
    raw = BLOB.read(5)
    return raw.decode(), _work(raw)


def main():
    records = []
    for i in range(16):
        records.append(read_record(i))
    trailer = BLOB.read()
    return records[-1], trailer[:12]
