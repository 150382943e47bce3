"""Derive per-tenant keys by iterated SHA-256 key stretching; PAR101 should fire on the loop in derive_keys."""
import hashlib

ROUNDS = 40_000


def stretch(seed):
    h = seed.encode("utf-8")
    for _ in range(ROUNDS):
        h = hashlib.sha256(h).digest()
    return h.hex()


def derive_keys(seeds):
    keys = []
    for seed in seeds:
        keys.append(stretch(seed))
    return keys


def main():
    seeds = [f"tenant-{i:03d}" for i in range(48)]
    print(f"deriving {len(seeds)} keys")
    keys = derive_keys(seeds)
    print("done")
    return [k[:16] for k in keys[:4]], len(set(keys)), hashlib.sha256("".join(keys).encode()).hexdigest()
