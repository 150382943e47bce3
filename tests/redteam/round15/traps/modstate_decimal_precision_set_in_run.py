"""Hazard [decimal context set by `run`]: `{n: settle_root(n, seed) for n, seed in enumerate(seeds)}`; `run` raises `decimal.getcontext().prec` to 40 before the comprehension and `settle_root` computes `Decimal(seed).sqrt()`; spawned workers use the default precision of 28 digits."""
import decimal
import hashlib
from decimal import Decimal

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def settle_root(n, seed):
    root = Decimal(seed).sqrt()
    return str(root), _stretch(str(root))


def run():
    decimal.getcontext().prec = 40
    seeds = [2 + 3 * i for i in range(16)]
    out = {n: settle_root(n, seed) for n, seed in enumerate(seeds)}
    return sorted(out.items())[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
