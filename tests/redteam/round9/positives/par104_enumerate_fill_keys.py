"""Positive PAR104: `for i, (name, seed) in enumerate(seeds)` with a multi-statement body: a key string built from the str local `prefix` and `i`, a stretched digest of the int seed, ending in `out[key] = (name, digest)`."""
import hashlib


def stretch(seed, rounds):
    h = seed.to_bytes(8, "big")
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def make_seeds(n):
    return [(f"worker{i:02d}", 1000003 * i + 7) for i in range(n)]


def main():
    prefix = "slot-"
    rounds = 12000
    out = {}
    for i, (name, seed) in enumerate(make_seeds(16)):
        key = f"{prefix}{i:03d}"
        digest = stretch(seed, rounds)
        out[key] = (name, digest)
    return out
