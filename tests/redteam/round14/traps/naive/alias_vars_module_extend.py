"""Hazard [constant extended through `vars(sys.modules[__name__])`]: `run` extends `SEEDS` by four seeds that way; `weight(s)` divides by `len(SEEDS)`; workers see 12."""
import hashlib
import sys
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127]


def weight(s):
    w = s * 100 // len(SEEDS)
    return w, _chain(w.to_bytes(4, "big"))


def run():
    vars(sys.modules[__name__])["SEEDS"].extend([131, 149, 151, 163])
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(weight, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
