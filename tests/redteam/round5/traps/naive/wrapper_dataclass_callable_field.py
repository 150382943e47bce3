"""Hazard [stateful callable stored in a dataclass field]: pipeline.normalise is a running-statistics object updated on every call, so each result depends on earlier ones; with the pipeline passed to a pool, every call starts from fresh statistics."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import dataclasses
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class RunningScaler:
    def __init__(self):
        self.n = 0
        self.total = 0.0

    def __call__(self, x):
        self.n += 1
        self.total += x
        return round(x / (self.total / self.n), 4)


@dataclasses.dataclass
class Pipeline:
    name: str
    normalise: RunningScaler


def process(pipeline, value):
    _work(value)
    return pipeline.normalise(value)


def main():
    pipe = Pipeline("latency", RunningScaler())
    values = [float(10 + (i * 7) % 9) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        scaled = list(ex.map(process, [pipe] * len(values), values))
    return scaled
