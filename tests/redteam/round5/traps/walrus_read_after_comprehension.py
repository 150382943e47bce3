"""Hazard [walrus in a comprehension read afterwards]: `(last := checksum(b))` in the comprehension binds `last` in main, read after it; the pool rewrite drops the binding."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def checksum(block):
    return _work(block)


def main():
    blocks = [f"block{i}" for i in range(16)]
    sums = [(last := checksum(b)) for b in blocks]
    return sums, last
