"""Hazard [plain method memoises in a module dict]: `Part.weight()` caches its hash-chain result in the module dict `_WEIGHTS`, and `run` later prices a second batch only for parts missing from the cache; the cache filled in workers never reaches the caller, so every part is recomputed and counted twice."""
import hashlib
from typing import NamedTuple

_WEIGHTS = {}

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Part(NamedTuple):
    code: str
    size: int = 1

    def weight(self):
        if self.code not in _WEIGHTS:
            _WEIGHTS[self.code] = _chain(self.code) * self.size
        return _WEIGHTS[self.code]


def measure(part):
    return part.code, part.weight()


def run():
    parts = [Part(f"p{i:02}", 1 + i % 4) for i in range(16)]
    rows = []
    for part in parts:
        rows.append(measure(part))
    missing = [p.code for p in parts if p.code not in _WEIGHTS]
    return sum(w for _, w in rows), len(missing)

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
