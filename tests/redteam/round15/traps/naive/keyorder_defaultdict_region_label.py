"""Hazard [the key read inserts into a defaultdict that the callee reads]: `{LABELS[region]: place(region, seed) for region, seed in fleet}`; `LABELS` is a module-level `defaultdict` that labels a region on first read, and `place` hashes with `len(LABELS)` (the ring size so far); the comprehension reads each key before computing its value, so the ring grows 1..16; the naive rewrite computes values in spawned workers whose `LABELS` is empty (ring 0)."""
import hashlib
from concurrent.futures import ProcessPoolExecutor
from collections import defaultdict

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


LABELS = defaultdict(lambda: f"r{len(LABELS):02d}")


def place(region, seed):
    ring = len(LABELS)  # consistent hashing over the regions labelled so far
    return _stretch(f"{region}|{seed}|{ring}")


def _helper(item):
    region, seed = item
    return place(region, seed)


def run():
    fleet = [("eu-west", 11), ("us-east", 23), ("ap-south", 37), ("eu-north", 41), ("us-west", 53),
             ("sa-east", 67), ("af-south", 71), ("me-central", 89), ("ca-central", 97), ("ap-east", 101),
             ("eu-south", 113), ("us-central", 127), ("ap-north", 131), ("mx-central", 149),
             ("il-central", 151), ("eu-central", 163)]
    with ProcessPoolExecutor() as executor:
        items = list(fleet)
        out = dict(zip((LABELS[region] for region, seed in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
