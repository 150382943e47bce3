"""Hazard [items are bound methods of a stateful object]: the sensors' read methods advance each sensor's sample cursor; passed to a pool, the sensors are pickled and the caller's sensors never advance."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Sensor:
    def __init__(self, name):
        self.name = name
        self.cursor = 0

    def read(self):
        self.cursor += 1
        return f"{self.name}#{self.cursor}"


def sample(read):
    value = read()
    return value, _work(value)


def main():
    sensors = [Sensor(f"s{i}") for i in range(16)]
    readers = [s.read for s in sensors]
    with ProcessPoolExecutor() as ex:
        samples = list(ex.map(sample, readers))
    return samples[:2], sum(s.cursor for s in sensors)
