"""Hazard [pickle reconstruction via __new__]: the callee returns a tuple subclass whose __new__ takes
(x, y); unpickling calls __new__ with one tuple argument and the process pool breaks."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


def centroid(name):
    d = _work(name)
    return Point(int(d[:4], 16), int(d[4:], 16))


def main():
    shapes = [f"shape{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        pts = list(ex.map(centroid, shapes))
    return [p.x for p in pts]
