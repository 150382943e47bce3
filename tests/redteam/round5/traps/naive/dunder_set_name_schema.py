"""Hazard [side effect in a dunder run by class creation]: the callee builds a record class whose Field descriptors register in a module SCHEMA through __set_name__; the registrations happen in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


SCHEMA = {}


class Field:
    def __set_name__(self, owner, name):
        SCHEMA.setdefault(owner.__name__, []).append(name)


def build_model(spec):
    name, cols = spec
    type(name, (), {c: Field() for c in cols})
    return name, _work(",".join(cols))


def main():
    specs = [(f"Table{i}", [f"c{j}" for j in range(i % 4 + 1)]) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        models = list(ex.map(build_model, specs))
    return models, sorted(SCHEMA)[:3], sum(len(v) for v in SCHEMA.values())
