"""Hazard [classes created in the callee register through `__init_subclass__`]: `define` builds a subclass of `Job` with `type(...)`, which appends its name to `Job.registry`; in a process pool the registry grows in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


class Job:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Job.registry.append(cls.__name__)


def define(name):
    cls = type(name, (Job,), {"digest": _work(name)})
    return cls.__name__, cls.digest


def main():
    names = [f"Job{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        defined = list(ex.map(define, names))
    return defined[:2], len(Job.registry)
