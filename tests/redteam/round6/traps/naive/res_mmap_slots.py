"""Hazard [anonymous memory map passed as an argument]: each call writes its digest into its slot of the caller's `mmap`; threads would share it, but a process pool cannot pickle an mmap."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import mmap

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def fill_slot(buf, i):
    d = _work(f"slot{i}")
    buf[i * 8:(i + 1) * 8] = d.encode()
    return d


def run():
    buf = mmap.mmap(-1, 16 * 8)
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(fill_slot, [buf] * 16, range(16)))
    return out[:2], buf[:16]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
