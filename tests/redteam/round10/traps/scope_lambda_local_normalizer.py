"""Hazard [callee bound in the enclosing function]: the element calls `norm`, a lambda assigned in `run`; a module-level helper has no such name."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def run():
    norm = lambda s: s.strip().lower()
    pairs = [(f"  Name{i} ", f"v{i}") for i in range(16)]
    out = [_digest(norm(a) + b) for a, b in pairs]
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
