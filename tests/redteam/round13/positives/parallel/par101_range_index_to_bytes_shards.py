"""Positive PAR101: `shards.append(shard_digest(index))` over `range(16)`; the pure callee builds a 64 KiB shard from `index.to_bytes(2, "big")` repeated, hashes it with SHA-256 500 times (re-keyed each round) and returns `(index, hex prefix)`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def shard_digest(index):
    block = index.to_bytes(2, "big") * 32768
    h = b""
    for r in range(500):
        h = hashlib.sha256(h + r.to_bytes(2, "big") + block).digest()
    return index, h.hex()[:16]


def run():
    with ProcessPoolExecutor() as executor:
        shards = list(executor.map(shard_digest, range(16)))
    return shards


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
