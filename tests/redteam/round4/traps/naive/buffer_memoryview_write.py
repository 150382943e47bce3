"""Hazard [module buffer written through a memoryview]: main() patches the module-level KEY bytearray through a memoryview; workers see the original bytes."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

KEY = bytearray(b"0123456789abcdef")


def score(x: str):
    return _work(KEY.hex() + x)


def main():
    mv = memoryview(KEY)
    mv[:4] = b"ZZZZ"
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
