"""Hazard [in-place operator on a mutable argument]: `window += [reading]` extends the caller's deque(maxlen=4), making each result a moving average over earlier calls; a pool averages each reading alone."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import collections
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def smooth(reading, window):
    window += [reading]
    return round(sum(window) / len(window), 3), _work(reading)


def main():
    readings = [(i * 37) % 11 for i in range(16)]
    window = collections.deque(maxlen=4)
    with ProcessPoolExecutor() as ex:
        smoothed = list(ex.map(smooth, readings, [window] * len(readings)))
    return [s[0] for s in smoothed]
