"""Hazard [item holds a memoryview]: each `Frame` is a zero-copy `memoryview` slice of one capture buffer; `digest` hashes the view, and memoryviews cannot be pickled."""
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Frame:
    index: int
    payload: memoryview


def digest(frame: Frame) -> tuple:
    h = bytes(frame.payload)
    for _ in range(1500):
        h = hashlib.sha256(h).digest()
    return frame.index, h.hex()[:8]


def run():
    capture = bytes((i * i) % 251 for i in range(4096))
    view = memoryview(capture)
    frames = [Frame(i, view[i * 256:(i + 1) * 256]) for i in range(16)]
    digests = []
    for f in frames:
        digests.append(digest(f))
    return digests[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
