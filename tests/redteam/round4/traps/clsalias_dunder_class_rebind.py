"""Hazard [class state rebound through an instance]: main() sets p.__class__.rate; spawned workers
import Pricing with the class-body rate."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Pricing:
    rate = 2


def score(x: str) -> int:
    return int(_work(x)[:3], 16) * Pricing.rate


def main():
    p = Pricing()
    p.__class__.rate = 5
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
