"""Hazard [walrus binds in the enclosing function]: `(last := ...)` in a comprehension binds `last` in `run`, which returns it; inside a helper the binding stays in the helper."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def run():
    pairs = [(f"a{i}", f"b{i}") for i in range(16)]
    out = [(last := _digest(a + b)) for a, b in pairs]
    return out[:2], last


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
