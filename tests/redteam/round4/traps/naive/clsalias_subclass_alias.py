"""Hazard [class state mutated through a subclass]: main() edits EnterprisePricing.rates, which is the
dict inherited from Pricing; the callee reads Pricing.rates, stale in spawned workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Pricing:
    rates = {"std": 1, "pro": 2}


class EnterprisePricing(Pricing):
    pass


def score(x: str) -> int:
    return int(_work(x)[:3], 16) * Pricing.rates["pro"]


def main():
    EnterprisePricing.rates["pro"] = 6
    items = [f"item{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
