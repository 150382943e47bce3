"""Hazard [module `array.array` written by index]: `bucket` increments a slot of the module histogram; a process pool increments the workers' arrays."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import array
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

HIST = array.array("i", [0] * 8)


def bucket(sample):
    d = _work(sample)
    HIST[int(d[0], 16) % 8] += 1
    return d


def main():
    samples = [f"s{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(bucket, samples))
    return out[:2], list(HIST)
