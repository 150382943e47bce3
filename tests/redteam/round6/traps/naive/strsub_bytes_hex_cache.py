"""Hazard [bytes subclass whose `hex` caches on the instance]: `Blob.hex` stores its result in the blob's `__dict__`, which the caller inspects; a process pool caches on pickled copies."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


class Blob(bytes):
    def hex(self, *args):
        cached = self.__dict__.get("_hex")
        if cached is None:
            cached = self.__dict__["_hex"] = bytes.hex(self, *args)
        return cached


def checksum(blob):
    h = blob.hex().encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    blobs = [Blob(f"payload-{i}".encode()) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        sums = list(ex.map(checksum, blobs))
    return sums, sum("_hex" in vars(b) for b in blobs)
