"""Hazard [items mutated in place]: `seal(buf)` appends a checksum byte to the `bytearray` it is given and returns `buf.hex()`; `run` reports the buffers' lengths afterwards, unchanged in the caller when the workers extend copies."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def seal(buf):
    buf.append(_chain(bytes(buf)))
    return buf.hex()


def run():
    bufs = [bytearray(f"rec{i}".encode()) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        sealed = list(executor.map(seal, bufs))
    return [len(b) for b in bufs], sealed[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
