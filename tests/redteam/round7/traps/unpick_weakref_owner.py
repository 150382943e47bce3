"""Hazard [the iterable's function returns unpicklable items]: `load_nodes()` gives each node a `weakref.ref` to the module-level tree that owns it; the work dereferences it sequentially, a process pool cannot pickle a weak reference."""
import hashlib
import weakref


class Tree:
    def __init__(self, name):
        self.name = name


ROOT = Tree("catalog")


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_nodes():
    return [(f"node{i}", weakref.ref(ROOT)) for i in range(16)]


def label(node):
    name, owner = node
    return f"{owner().name}/{name}", _work(name)


def run():
    out = []
    for node in load_nodes():
        out.append(label(node))
    return out[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
