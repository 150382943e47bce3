"""Hazard [items hold weak references]: each tree `Node` keeps `parent` as a `weakref.ref` to avoid cycles; `depth` follows the parents, and weak references cannot be pickled, so the nodes cannot be sent to a worker."""
import hashlib
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = weakref.ref(parent) if parent is not None else None


def _tag(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:4]


def depth(node: Node) -> tuple:
    d, cur = 0, node
    while cur.parent is not None:
        cur = cur.parent()
        d += 1
    return node.name, d, _tag(node.name)


def run():
    root = Node("root")
    nodes = [root]
    for i in range(15):
        nodes.append(Node(f"n{i}", nodes[i // 2]))
    depths = []
    for n in nodes:
        depths.append(depth(n))
    return [d for _, d, _ in depths]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
