"""Hazard [a value carried from the previous iteration]: each block's header starts with `prev`, the digest of the block before, and the body then sets `prev = digest`; outlined, `prev` looks like a local of the caller read by the body and is passed once, so every block is chained on the genesis value."""
import hashlib


def seal(header, rounds):
    h = header
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def blocks(n):
    return [(f"blk{i:02d}", f"tx{i * 3};tx{i * 3 + 1}".encode()) for i in range(n)]


def main():
    prev = b"genesis"
    rounds = 8000
    chain = []
    for height, (name, payload) in enumerate(blocks(16)):
        header = prev + name.encode() + payload
        digest = seal(header, rounds)
        prev = digest
        chain.append((height, digest.hex()[:12]))
    return chain[0], chain[-1]
