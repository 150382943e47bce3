"""Hazard [aliased module state]: main() doubles entries of RATES through a for-loop variable; spawned workers see the original RATES."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

RATES = {"pro": 2}
LIMITS = {"pro": 10}


def score(x: str):
    return int(_work(x)[:3], 16) * RATES["pro"]


def main():
    for table in (RATES, LIMITS):
        table["pro"] *= 2
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
