"""Hazard [bytes method returning its receiver]: `normalise(blob)` returns `blob.replace(b"\r\n", b"\n")`, the same object when there is nothing to replace; `run` rewrites only blobs whose result `is not` the original; copies from a worker always differ by identity."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def normalise(blob):
    return blob.replace(b"\r\n", b"\n")


def run():
    blobs = [bytes(f"line{i}\r\n", "ascii") if i % 4 == 0 else bytes(f"line{i}\n", "ascii") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        normalised = list(executor.map(normalise, blobs))
    rewritten = [i for i, (b, n) in enumerate(zip(blobs, normalised)) if n is not b]
    return rewritten, _chain(b"".join(normalised))


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
