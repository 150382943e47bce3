"""Hazard [int items; callee draws from the module RNG]: `jitter(n)` draws `random.getrandbits(n.bit_length())` (used only for a salt it then discards in the result); `run` seeds `random` and draws a holdout index after the loop, which depends on how many bits the loop consumed in this process."""
import hashlib
import random
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def jitter(n):
    random.getrandbits(n.bit_length() + 1)
    return _chain(n.to_bytes(8, "big"))


def run():
    random.seed(99)
    with ProcessPoolExecutor() as executor:
        jittered = list(executor.map(jitter, [2 ** i + 3 for i in range(16)]))
    return random.randrange(10 ** 6), sum(jittered)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
