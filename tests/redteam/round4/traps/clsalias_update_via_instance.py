"""Hazard [class state mutated through an instance]: main() calls p.rates.update(...) on an instance,
which updates the class-level dict; spawned workers see the import-time rates."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Pricing:
    rates = {"std": 1, "pro": 2}


def score(x: str) -> int:
    return int(_work(x)[:3], 16) * Pricing.rates["pro"]


def main():
    p = Pricing()
    p.rates.update(pro=4)
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
