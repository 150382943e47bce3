"""Hazard [side effect in __class_getitem__]: `Column[kind]` in the callee runs Column.__class_getitem__, which memoises specialised column types in a class-level dict; under a pool they are created in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Column:
    _specialised = {}

    def __class_getitem__(cls, kind):
        if kind not in cls._specialised:
            cls._specialised[kind] = type(f"Column_{kind.__name__}", (cls,), {"kind": kind})
        return cls._specialised[kind]


def infer(value):
    col = Column[type(value)]
    return col.__name__, _work(repr(value))


def main():
    values = [1, "a", 2.5, b"x", (1,), None, True, 3j] * 2
    with ProcessPoolExecutor() as ex:
        cols = list(ex.map(infer, values))
    return cols[:3], sorted(k.__name__ for k in Column._specialised)
