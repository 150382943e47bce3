"""Hazard [module-level id generator]: `next(_ids)` hands out sequence numbers; each
worker process restarts the count."""
import hashlib
import itertools

_ids = itertools.count(1)


def label(word: str) -> str:
    n = next(_ids)
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return f"{n}:{h.hex()[:8]}"


def main():
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        out.append(label(w))
    numbers = [r.split(":")[0] for r in out]
    return len(set(numbers)) == len(numbers), out[0]
