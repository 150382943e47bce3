"""Hazard [in-place operator through the operator module]: operator.iadd(HISTORY, [x]) extends the module list without any store statement; under a pool the history is extended in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import operator

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


HISTORY = []


def migrate(table):
    operator.iadd(HISTORY, [table])
    return table, _work(table)


def main():
    tables = [f"tbl_{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        done = list(ex.map(migrate, tables))
    return done, HISTORY[-3:]
