"""Hazard [module state mutated through a default argument]: register(name, registry=BLOCKED) appends to the module-level list via its default; workers see it empty."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

BLOCKED = []


def register(name, registry=BLOCKED):
    registry.append(name)


def score(x: str):
    if x in BLOCKED:
        return "blocked"
    return _work(x)


def main():
    register("item3")
    register("item9")
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
