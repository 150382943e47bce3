"""Hazard [the callee empties its list item]: `flush` joins a buffer and then `buf.clear()`s it; the caller's buffers are empty afterwards only when the calls run in-process."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def flush(buf):
    blob = "".join(buf)
    buf.clear()
    return len(blob), _work(blob)


def main():
    buffers = [[f"l{i}-{j};" for j in range(4)] for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(flush, buffers))
    return out[:2], sum(map(len, buffers))
