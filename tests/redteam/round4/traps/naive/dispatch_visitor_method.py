"""Hazard [visitor dispatch]: visit() dispatches to getattr(self, "visit_" + kind) which counts node
kinds on the visitor; mapping the bound method over a process pool counts on pickled copies."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Visitor:
    def __init__(self):
        self.counts = {}

    def visit(self, node):
        kind, body = node
        return getattr(self, "visit_" + kind)(body)

    def _count(self, kind):
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def visit_func(self, body):
        self._count("func")
        return _work("f" + body)

    def visit_cls(self, body):
        self._count("cls")
        return _work("c" + body)


def main():
    nodes = [("cls" if i % 4 == 0 else "func", f"n{i}") for i in range(16)]
    v = Visitor()
    with ProcessPoolExecutor() as ex:
        sigs = list(ex.map(v.visit, nodes))
    return sigs, sorted(v.counts.items())
