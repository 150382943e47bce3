"""Hazard [module state mutated in place]: main() sorts the module-level TIERS list in place; the callee
indexes TIERS and spawned workers see the unsorted import-time order."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

TIERS = ["gold", "bronze", "silver", "platinum"]


def score(x: str) -> str:
    tier = TIERS[int(x[4:]) % 4]
    return tier + ":" + _work(x)


def main():
    TIERS.sort()
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
