"""Hazard [callee bound in the enclosing function]: `weigh` is a `functools.partial` built in `run` from a local factor; a module-level helper cannot see it."""
import functools
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def weight(factor, a, b):
    return _digest(f"{a}{b}", 1000 * factor)


def run():
    factor = 2
    weigh = functools.partial(weight, factor)
    pairs = [(f"a{i}", f"b{i}") for i in range(16)]
    out = [weigh(a, b) for a, b in pairs]
    return out[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
