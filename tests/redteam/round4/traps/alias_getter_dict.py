"""Hazard [aliased module state]: main() edits the dict returned by rates(), which is module-level RATES; workers see the original."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

RATES = {"pro": 2}


def rates():
    return RATES


def score(x: str):
    return int(_work(x)[:3], 16) * RATES["pro"]


def main():
    rates()["pro"] = 8
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
