"""Hazard [class state mutated through self]: Pricing.set_rate writes self.rates[k], which is the
class-level dict; the callee reads Pricing.rates and spawned workers see the import-time rates."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Pricing:
    rates = {"std": 1, "pro": 2}

    def set_rate(self, plan, value):
        self.rates[plan] = value


def score(x: str) -> int:
    return int(_work(x)[:3], 16) * Pricing.rates["pro"]


def main():
    Pricing().set_rate("pro", 7)
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
