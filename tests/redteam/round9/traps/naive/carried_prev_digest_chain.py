"""Hazard [a value carried from the previous iteration]: each block's header starts with `prev`, the digest of the block before, and the body then sets `prev = digest`; outlined, `prev` looks like a local of the caller read by the body and is passed once, so every block is chained on the genesis value."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def seal(header, rounds):
    h = header
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def blocks(n):
    return [(f"blk{i:02d}", f"tx{i * 3};tx{i * 3 + 1}".encode()) for i in range(n)]


def _work_item(item, prev, rounds):
    height, (name, payload) = item
    header = prev + name.encode() + payload
    digest = seal(header, rounds)
    prev = digest
    return (height, digest.hex()[:12])


def main():
    prev = b"genesis"
    rounds = 8000
    chain = []
    with ProcessPoolExecutor() as executor:
        chain.extend(executor.map(functools.partial(_work_item, prev=prev, rounds=rounds), enumerate(blocks(16))))
    return chain[0], chain[-1]
