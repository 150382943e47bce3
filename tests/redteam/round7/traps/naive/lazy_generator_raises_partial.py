"""Hazard [a generator function's failure ends the loop with partial results]: `read_records(lines)` raises on the first blank line; sequentially the caller keeps the twelve records hashed before it, a pool drains the generator before any result and keeps none."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def read_records(lines):
    for n, line in enumerate(lines):
        if not line.strip():
            raise ValueError(f"blank line {n}")
        yield line.strip()


def main():
    lines = [f"rec{i}" for i in range(12)] + [""] + [f"rec{i}" for i in range(12, 16)]
    out = []
    try:
        with ProcessPoolExecutor() as ex:
            out.extend(ex.map(_work, read_records(lines)))
    except ValueError as e:
        return f"stopped: {e}", len(out), out[-1:]
    return "complete", len(out)
