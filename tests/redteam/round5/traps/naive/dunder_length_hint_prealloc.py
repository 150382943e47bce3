"""Hazard [side effect in __length_hint__]: list(stream) asks Stream.__length_hint__, which records the size estimate in a module list used for capacity planning; workers record in theirs."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


SIZE_HINTS = []


class Stream:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))

    def __length_hint__(self):
        SIZE_HINTS.append(self.n)
        return self.n


def materialise(stream):
    rows = list(stream)
    return len(rows), _work(rows)


def main():
    streams = [Stream(i + 2) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(materialise, streams))
    return out, sum(SIZE_HINTS)
