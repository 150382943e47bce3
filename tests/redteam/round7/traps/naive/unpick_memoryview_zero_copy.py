"""Hazard [the function's return type depends on an argument]: `chunks(data, size, zero_copy=True)` slices a `memoryview` instead of the bytes; the work copies each chunk sequentially, a process pool cannot pickle a memoryview."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def chunks(data, size, zero_copy=False):
    view = memoryview(data) if zero_copy else data
    return [view[i:i + size] for i in range(0, len(data), size)]


def checksum(chunk):
    return _work(bytes(chunk))


def run():
    data = bytes((i * 37) % 251 for i in range(2048))
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(checksum, chunks(data, 128, zero_copy=True)))
    return out[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
