"""Hazard [slot of a `list(range(...))` constant replaced at import]: `SEEDS = list(range(100, 116))` then `SEEDS[3] = Seed(103)`, an int subclass whose `salted()` counts calls in the class attribute `Seed.calls`; `stretch(s)` uses `salted()` for Seeds; `run` reports `Seed.calls`, 0 in the caller when stretched in workers."""
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


SEEDS = list(range(100, 116))
SEEDS[3] = Seed(103)


def stretch(s):
    data = s.salted() if isinstance(s, Seed) else s.to_bytes(4, "big")
    return _chain(data)


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(stretch, SEEDS))
    return out, Seed.calls


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
