"""Keys derived from seeds by a stretched hash: CPU-bound work per seed."""
import hashlib

# How many times each key is re-hashed.
ROUNDS = 10_000


def derive(seed):
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    for _ in range(ROUNDS):
        digest = hashlib.sha256(digest).digest()
    return digest.hex()


def derive_all(seeds):
    keys = []
    for seed in seeds:
        keys.append(derive(seed))
    return keys
