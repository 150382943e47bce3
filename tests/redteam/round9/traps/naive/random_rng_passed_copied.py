"""Hazard [a seeded generator the body draws from]: `rng = random.Random(2024)` gives each account a different reproducible salt (`rng.getrandbits(32)`); outlined, the generator is pickled into every call in its seeded state, so every account draws the same salt."""
import hashlib
import random
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def accounts(n):
    return [(f"acct{i:02d}", i % 3) for i in range(n)]


def _work_item(item, rng, rounds):
    name, tier = item
    salt = rng.getrandbits(32)
    key = stretch(f"{name}:{tier}:{salt}", rounds)
    return (name, salt, key)


def main():
    rng = random.Random(2024)
    rounds = 8000
    keys = []
    with ProcessPoolExecutor() as executor:
        keys.extend(executor.map(functools.partial(_work_item, rng=rng, rounds=rounds), accounts(16)))
    return len({salt for _, salt, _ in keys}), keys[1][1]
