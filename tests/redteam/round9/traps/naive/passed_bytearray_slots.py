"""Hazard [a buffer the body writes into]: the body writes each key's first 8 bytes into its slot of `table` (a preallocated bytearray, `table[i*8:(i+1)*8] = key[:8]`) and collects its hex digest; outlined, each call writes into its own pickled copy and the caller's table stays zero."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def derive(seed, rounds):
    h = seed
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def seeds(n):
    return [(f"slot{i:02d}", bytes([i]) * 16) for i in range(n)]


def _work_item(item, table, rounds):
    i, (name, seed) = item
    key = derive(seed + name.encode(), rounds)
    table[i * 8:(i + 1) * 8] = key[:8]
    return key.hex()[:12]


def main():
    items = seeds(16)
    table = bytearray(8 * len(items))
    rounds = 8000
    fingerprints = []
    with ProcessPoolExecutor() as executor:
        fingerprints.extend(executor.map(functools.partial(_work_item, table=table, rounds=rounds), enumerate(items)))
    return fingerprints[2], hashlib.sha256(table).hexdigest()[:12]
