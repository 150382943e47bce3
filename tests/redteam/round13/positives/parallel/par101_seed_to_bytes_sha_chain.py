"""Positive PAR101: `stretched.append(stretch(seed))` over a list literal of 16 int seeds; the pure callee hashes `seed.to_bytes(8, "big")` through a 40000-round SHA-256 chain and returns `(seed.bit_length(), int)`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


SEEDS = [11, 23, 37, 41, 59, 61, 73, 89, 97, 101, 113, 127, 131, 149, 151, 163]


def stretch(seed):
    h = seed.to_bytes(8, "big")
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return seed.bit_length(), int.from_bytes(h[:8], "big")


def run():
    with ProcessPoolExecutor() as executor:
        stretched = list(executor.map(stretch, SEEDS))
    return stretched


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
