"""Hazard [min is not associative with NaN]: `lo = min(lo, latency(x))` skips NaN readings one by one, but min() over the mapped list keeps a leading NaN and the final answer changes."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def latency(probe):
    h = _work(probe)
    if probe.endswith("0"):
        return float("nan")
    return int(h, 16) % 500 / 10


def main():
    probes = [f"probe{i}" for i in range(16)]
    lo = float("inf")
    with ProcessPoolExecutor() as ex:
        lo = min(lo, min(ex.map(latency, probes)))
    return lo
