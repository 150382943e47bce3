"""Positive PAR101: `out.append(stretch(s))` over `SEEDS`, a module-level list literal of 16 ints that nothing changes; the pure callee hashes `s.to_bytes(8, "big")` through a 20000-round SHA-256 chain and returns `(s, hex prefix)`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151, 163]


def stretch(s):
    h = s.to_bytes(8, "big")
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return s, h.hex()[:16]


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(stretch, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
