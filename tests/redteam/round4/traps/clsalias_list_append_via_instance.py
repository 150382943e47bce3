"""Hazard [class state mutated through an instance]: main() appends to f.blocked, the class-level
list of Filter; the callee checks Filter.blocked, which spawned workers see without the addition."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Filter:
    blocked = ["spam"]


def score(x: str) -> str:
    if any(b in x for b in Filter.blocked):
        return "blocked"
    return _work(x)


def main():
    f = Filter()
    f.blocked.append("item1")
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
