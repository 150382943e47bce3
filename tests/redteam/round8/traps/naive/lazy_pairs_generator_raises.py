"""Hazard [a generator of pairs that raises part-way]: `read_manifest(lines)` yields (name, size) pairs and raises ValueError at the first malformed line; the loop keeps the checksums computed before it, the rewrite unpacks the pairs with `zip(*...)`, draining the generator before any work, and keeps none."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def read_manifest(lines):
    for n, line in enumerate(lines):
        name, _, size = line.partition(" ")
        if not size.isdigit():
            raise ValueError(f"line {n}: bad size {size!r}")
        yield name, int(size)


def checksum(name, size):
    h = (name * 3).encode() + size.to_bytes(8, "big")
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    lines = [f"file{i:02d}.bin {1024 * (i + 1)}" for i in range(11)] + ["file11.bin 12k"] + \
            [f"file{i:02d}.bin {1024 * (i + 1)}" for i in range(12, 16)]
    sums = {}
    try:
        names, sizes = zip(*read_manifest(lines))
        with ProcessPoolExecutor() as ex:
            sums.update(zip(names, ex.map(checksum, names, sizes)))
    except ValueError as e:
        return f"stopped: {e}", len(sums), sorted(sums)[-1:]
    return "complete", len(sums)
