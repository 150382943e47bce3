"""Hazard [per-thread CPU accounting]: the caller bills the batch with
getrusage(RUSAGE_THREAD); decompression done on pool threads is billed to them."""
from concurrent.futures import ThreadPoolExecutor
import os
import resource
import tempfile
import zlib


def make_files(n: int) -> list:
    d = tempfile.mkdtemp()
    paths = []
    for i in range(n):
        p = os.path.join(d, f"blob{i}.z")
        with open(p, "wb") as f:
            f.write(zlib.compress(bytes(range(256)) * 200000, 1))
        paths.append(p)
    return paths


def load(path: str) -> int:
    with open(path, "rb") as f:
        return len(zlib.decompress(f.read()))


def main():
    paths = make_files(4)
    r0 = resource.getrusage(resource.RUSAGE_THREAD)
    with ThreadPoolExecutor() as ex:
        sizes = list(ex.map(load, paths))
    r1 = resource.getrusage(resource.RUSAGE_THREAD)
    cpu = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
    return sizes, "billed" if cpu > 0.05 else "unbilled"
