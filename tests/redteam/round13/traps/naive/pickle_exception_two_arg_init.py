"""Hazard [exception that cannot be rebuilt]: `encode(n)` raises `WidthError(n, width)` (its `__init__` takes two arguments but passes one message to `Exception`); `run` catches `WidthError` and reports `e.n`; unpickling it in the caller fails, breaking the pool (BrokenProcessPool)."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


class WidthError(Exception):
    def __init__(self, n, width):
        super().__init__(f"{n} does not fit in {width} bytes")
        self.n = n


def encode(n):
    if n.bit_length() > 16:
        raise WidthError(n, 2)
    return _chain(n.to_bytes(2, "big"))


def run():
    values = [i * 5003 for i in range(16)]
    try:
        with ProcessPoolExecutor() as executor:
            encoded = list(executor.map(encode, values))
    except WidthError as e:
        return "too wide", e.n
    return sum(encoded)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
