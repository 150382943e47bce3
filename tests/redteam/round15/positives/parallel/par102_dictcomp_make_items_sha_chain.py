"""Positive PAR102: `{name: stretch(seed) for name, seed in make_seeds().items()}` over the items of a dict returned by a module-level factory (16 str to int entries); the pure callee hashes `seed` through a 30000-round SHA-256 chain."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def stretch(seed):
    h = seed.to_bytes(8, "big")
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:16]


def make_seeds():
    return {f"node{i:02d}": 7919 * (i + 1) for i in range(16)}


def _helper(item):
    name, seed = item
    return stretch(seed)


def run():
    with ProcessPoolExecutor() as executor:
        items = list(make_seeds().items())
        out = dict(zip((name for name, seed in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
