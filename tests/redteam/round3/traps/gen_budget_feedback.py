"""Hazard [lazy generator feedback]: the generator stops yielding once the callee has
spent the budget; a pool drains the generator up front, so every item is processed."""
import hashlib

BUDGET = {"left": 5}

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def pending(names):
    for n in names:
        if BUDGET["left"] <= 0:
            return
        yield n


def render(name: str) -> str:
    BUDGET["left"] -= 1
    return _chain(name).hex()[:8]


def main():
    names = [f"page{i}" for i in range(10)]
    return [render(n) for n in pending(names)]
