"""Positive PAR101: for-loop filling a dict from `seeds.items()` of a dict literal; each value is key-stretched with SHA-256 (pure, str/int data)."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def stretch(seed, rounds=30000):
    h = str(seed).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:16]


def main():
    seeds = {"alice": 9137, "bob": 2211, "carol": 7719, "dave": 404, "erin": 5150, "frank": 8080,
             "grace": 1234, "heidi": 4321, "ivan": 2718, "judy": 3141, "mallory": 1618, "niaj": 6022,
             "olivia": 1729, "peggy": 8128, "rupert": 4096, "sybil": 6174}
    keys = {}
    with ProcessPoolExecutor() as ex:
        for name, key in zip(seeds, ex.map(stretch, seeds.values())):
            keys[name] = key
    return keys
