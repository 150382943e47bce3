"""Hazard [class state mutated through a parameter]: tune(cls) edits cls.rates; main() passes Pricing,
so the class-level dict changes at run time and spawned workers see the old rates."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Pricing:
    rates = {"std": 1, "pro": 2}


def tune(cls, factor):
    for k in cls.rates:
        cls.rates[k] *= factor


def score(x: str) -> int:
    return int(_work(x)[:3], 16) * Pricing.rates["pro"]


def main():
    tune(Pricing, 3)
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
