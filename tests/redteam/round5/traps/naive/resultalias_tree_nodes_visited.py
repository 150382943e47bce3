"""Hazard [results alias module objects]: find() returns Node objects of a module-level tree; the caller marks them visited, which under a pool marks copies, so the tree reports nothing visited."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Node:
    def __init__(self, key):
        self.key = key
        self.visited = False


TREE = {f"n{i}": Node(f"n{i}") for i in range(20)}


def find(key):
    _work(key)
    return TREE[key]


def main():
    keys = [f"n{i}" for i in range(0, 20) if i % 5]
    with ProcessPoolExecutor() as ex:
        nodes = list(ex.map(find, keys))
    for node in nodes:
        node.visited = True
    return sorted(k for k, n in TREE.items() if n.visited)
