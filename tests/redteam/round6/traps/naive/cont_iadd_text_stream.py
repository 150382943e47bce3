"""Hazard [container extended with `+=`]: `sources += [io.TextIOWrapper(...)]` adds a text stream to a list of strings; the callee reads it sequentially, but a process pool cannot pickle a `TextIOWrapper`."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import io

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def read_source(src):
    text = src.read() if hasattr(src, "read") else src
    return len(text), _work(text)


def main():
    sources = [f"record {i}" for i in range(16)]
    sources += [io.TextIOWrapper(io.BytesIO(b"trailer"), encoding="utf-8")]
    with ProcessPoolExecutor() as ex:
        sizes = list(ex.map(read_source, sources))
    return sizes
