"""The caller reports which function failed from the innermost traceback frame; an exception
re-raised from a future carries the executor's frames instead, so the report names the wrong function."""
import hashlib
import traceback


def parse_header(blob):
    h = blob
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    if blob.startswith(b"\x00"):
        raise ValueError("bad magic number")
    return h[0]


def main():
    blobs = [bytes([i]) + b"payload" for i in range(5, 25)] + [b"\x00corrupt"]
    try:
        values = []
        for blob in blobs:
            values.append(parse_header(blob))
    except ValueError as e:
        frame = traceback.extract_tb(e.__traceback__)[-1]
        return f"{e} (in {frame.name})"
    return sum(values)
