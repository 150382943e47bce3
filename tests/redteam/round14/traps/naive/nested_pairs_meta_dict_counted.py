"""Hazard [tuple of (str, dict) pairs; callee mutates the dict]: `PAIRS = (("alpha", {"seen": 0}), ...)`; `visit(name, meta)` increments `meta["seen"]`; `run` reports the total seen, 0 in the caller when visited in workers."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


PAIRS = (("alpha", {"seen": 0}), ("bravo", {"seen": 0}), ("charlie", {"seen": 0}), ("delta", {"seen": 0}),
         ("echo", {"seen": 0}), ("foxtrot", {"seen": 0}), ("golf", {"seen": 0}), ("hotel", {"seen": 0}),
         ("india", {"seen": 0}), ("juliet", {"seen": 0}), ("kilo", {"seen": 0}), ("lima", {"seen": 0}),
         ("mike", {"seen": 0}), ("november", {"seen": 0}), ("oscar", {"seen": 0}), ("papa", {"seen": 0}))


def visit(name, meta):
    meta["seen"] += 1
    return _chain(name)


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(visit, [n for n, _ in PAIRS], [m for _, m in PAIRS]))
    return out, sum(m["seen"] for _, m in PAIRS)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
