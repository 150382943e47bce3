"""Hazard [list literal of int-subclass instances]: `SEEDS = [Seed(11), ...]`, `Seed(int)` with `salted()` counting in the class attribute `Seed.calls`; `stretch(s)` calls `s.salted()`; `run` reports the count, 0 in the caller when stretched in workers."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Seed(int):
    calls = 0

    def salted(self):
        Seed.calls += 1
        return b"salt:" + int(self).to_bytes(4, "big")


SEEDS = [Seed(11), Seed(23), Seed(37), Seed(41), Seed(53), Seed(67), Seed(79), Seed(83),
         Seed(97), Seed(101), Seed(113), Seed(127), Seed(131), Seed(149), Seed(151), Seed(163)]


def stretch(s):
    return _chain(s.salted())


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(stretch, SEEDS))
    return out, Seed.calls


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
