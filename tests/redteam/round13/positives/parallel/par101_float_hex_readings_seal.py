"""Positive PAR101: `seals.append(seal(x))` over a list of floats built by a comprehension; the pure callee hashes `x.hex().encode()` through a 40000-round SHA-256 chain and returns `(x.as_integer_ratio(), int)`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def seal(x):
    h = x.hex().encode()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return x.as_integer_ratio(), int.from_bytes(h[:6], "big")


def run():
    readings = [i / 8 + 0.1 for i in range(16)]
    with ProcessPoolExecutor() as executor:
        seals = list(executor.map(seal, readings))
    return seals


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
