"""Hazard [aliased class state]: main() edits the class-level Pricing.rates dict through an instance;
worker processes import the class with the original rates."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Pricing:
    rates = {"std": 1, "pro": 2}

    def __init__(self, plan):
        self.plan = plan


def score(x: str) -> int:
    return int(_work(x)[:3], 16) * Pricing.rates["pro"]


def main():
    p = Pricing("pro")
    p.rates["pro"] = 5
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
