"""Stretch a list of seeds into keys with a list comprehension; PAR102 should fire on the comprehension in derive_keys."""
import hashlib


def stretch(seed, rounds):
    h = seed.encode("utf-8")
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def derive_keys(seeds, rounds=60_000):
    return [stretch(seed, rounds) for seed in seeds]


def main():
    seeds = [f"device-{i:04x}" for i in range(32)]
    keys = derive_keys(seeds)
    print(f"{len(keys)} keys")
    return keys[:2], len(set(keys))
