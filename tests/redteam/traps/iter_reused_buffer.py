"""chunks() yields views of one reused bytearray that readinto() refills for every chunk;
Executor.map drains the generator up front, so every upload sees the last chunk's bytes."""
import hashlib
import os
import tempfile
import time


def chunks(path, size):
    buf = bytearray(size)
    with open(path, "rb") as f:
        while True:
            n = f.readinto(buf)
            if not n:
                break
            yield memoryview(buf)[:n]


def upload(chunk):
    time.sleep(0.03)  # connection set-up before the body is streamed
    return hashlib.sha256(chunk).hexdigest()[:10]


def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "payload.bin")
        with open(path, "wb") as f:
            for i in range(20):
                f.write(bytes([i]) * 4096)
        receipts = []
        for chunk in chunks(path, 4096):
            receipts.append(upload(chunk))
    return "all chunks distinct" if len(set(receipts)) == len(receipts) else "duplicate chunks uploaded"
