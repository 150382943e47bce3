"""Hazard [str subclass with a stateful `join`]: the module's `COMMA` separator is a `Sep` whose `join` logs the row widths on the class; a process pool logs in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


class Sep(str):
    joins = []

    def join(self, parts):
        parts = list(parts)
        Sep.joins.append(len(parts))
        return str.join(self, parts)


COMMA = Sep(",")


def render_row(row):
    line = COMMA.join(row)
    return line, _work(line)


def main():
    rows = [[f"c{i}", str(i * 7), "ok"] for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(render_row, rows))
    return out[:2], len(Sep.joins)
