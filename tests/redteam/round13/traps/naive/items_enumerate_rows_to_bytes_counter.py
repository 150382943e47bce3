"""Hazard [`enumerate` unpacking, mixed value types]: `pack(i, row)` calls `i.to_bytes(2, "big")` and `row.to_bytes(4, "big")`; some rows are `Row` objects whose `to_bytes` bumps the module dict `STATS["serialised"]`; `run` reports the stat, 0 in the caller when rows are packed in workers."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


STATS = {"serialised": 0}


class Row:
    def __init__(self, key):
        self.key = key

    def to_bytes(self, length, byteorder):
        STATS["serialised"] += 1
        return self.key.to_bytes(length, byteorder)


def pack(i, row):
    return _chain(i.to_bytes(2, "big") + row.to_bytes(4, "big"))


def run():
    rows = [Row(i * 11) if i % 2 else i * 11 for i in range(16)]
    with ProcessPoolExecutor() as executor:
        packed = list(executor.map(pack, range(len(rows)), rows))
    return STATS["serialised"], sum(packed)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
