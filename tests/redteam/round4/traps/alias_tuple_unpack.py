"""Hazard [aliased module state]: main() unpacks RATES into a local name and edits it; spawned workers see the original RATES."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

RATES = {"pro": 2}


def score(x: str):
    return int(_work(x)[:3], 16) * RATES["pro"]


def main():
    r, n = RATES, 0
    r["pro"] = 9
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
