"""Hazard [unpicklable attribute of a project object]: tree nodes keep a
`weakref.ref` to their parent; the items cannot be pickled for a worker."""
import hashlib
import weakref


class Node:
    def __init__(self, name: str, parent=None):
        self.name = name
        self.parent = weakref.ref(parent) if parent is not None else None


def digest(node: Node) -> str:
    h = node.name.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def digest_all(kids):
    out = []
    for k in kids:
        out.append(digest(k))
    return out


def main():
    root = Node("root")
    kids = [Node(f"n{i}", root) for i in range(40)]
    try:
        out = digest_all(kids)
    except Exception as e:
        return "failed: " + type(e).__name__
    return out[:2]
