"""Hazard [large/deep arguments]: each item is a 5,000-deep cons list; the sequential
walk is iterative, but pickling it for a worker exceeds the recursion limit."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def build(n: int, depth: int):
    node = None
    for i in range(depth):
        node = (n * i, node)
    return node


def fold(chain) -> str:
    h = b""
    while chain is not None:
        value, chain = chain
        h = hashlib.sha256(h + str(value).encode()).digest()
    return h.hex()


def fold_all(chains):
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(fold, chains))
    return out


def main():
    chains = [build(n, 5000) for n in range(20)]
    try:
        out = fold_all(chains)
    except Exception as e:
        return "failed: " + type(e).__name__
    return out[:2]
