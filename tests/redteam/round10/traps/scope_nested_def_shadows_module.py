"""Hazard [callee bound in the enclosing function]: `run` defines its own `score` overriding the module-level one; the module-level helper calls the module's `score`."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def score(a, b):
    return _digest(a + b, 1000)


def run():
    def score(a, b):
        return _digest(b + a, 2000)

    pairs = [(f"x{i}", f"y{i}") for i in range(16)]
    out = [score(a, b) for a, b in pairs]
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
