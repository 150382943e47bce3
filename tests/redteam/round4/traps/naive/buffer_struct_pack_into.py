"""Hazard [module buffer written by a stdlib call]: main() writes a header into module-level HEADER with struct.pack_into; workers see zero bytes."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import struct


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

HEADER = bytearray(8)


def score(x: str):
    return _work(HEADER.hex() + x)


def main():
    struct.pack_into(">II", HEADER, 0, 7, 42)
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
