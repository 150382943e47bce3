"""Hazard [classmethod constructor with a registry]: `Widget.build` registers each built widget in `cls.built`; through a process pool the class attribute is filled in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


class Widget:
    built = {}

    def __init__(self, spec):
        self.spec = spec
        self.key = _work(spec)

    @classmethod
    def build(cls, spec):
        w = cls(spec)
        cls.built[spec] = w.key
        return w.key


def main():
    specs = [f"button-{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        keys = list(ex.map(Widget.build, specs))
    return keys[:2], len(Widget.built)
