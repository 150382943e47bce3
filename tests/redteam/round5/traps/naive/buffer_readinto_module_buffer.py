"""Hazard [module buffer written by a read API]: f.readinto(SCRATCH) fills a module-level bytearray (a "read" that writes), and the caller inspects the scratch buffer afterwards; workers fill their own."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


SCRATCH = bytearray(16)


def checksum(path):
    with open(path, "rb") as f:
        n = f.readinto(SCRATCH)
    return path, _work(bytes(SCRATCH[:n]))


def main():
    paths = []
    for i in range(16):
        p = f"seg{i}.bin"
        with open(p, "wb") as f:
            f.write(bytes([65 + i]) * 16)
        paths.append(p)
    with ProcessPoolExecutor() as ex:
        sums = list(ex.map(checksum, paths))
    return sums[:2], bytes(SCRATCH[:4])
