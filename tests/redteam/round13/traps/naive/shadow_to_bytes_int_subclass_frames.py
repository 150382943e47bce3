"""Hazard [int subclass overriding `to_bytes`]: `checksum(n)` calls `n.to_bytes(4, "little")`; some items are `Frame` ints whose `to_bytes` records the frame in the module list `SENT`; `run` reports `len(SENT)`, which workers append to in their own modules."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


SENT = []


class Frame(int):
    def to_bytes(self, length=1, byteorder="big", *, signed=False):
        SENT.append(int(self))
        return super().to_bytes(length, byteorder, signed=signed)


def checksum(n):
    return _chain(n.to_bytes(4, "little"))


def run():
    frames = [Frame(i * 7) if i % 4 == 0 else i * 7 for i in range(16)]
    with ProcessPoolExecutor() as executor:
        sums = list(executor.map(checksum, frames))
    return len(SENT), sum(sums)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
