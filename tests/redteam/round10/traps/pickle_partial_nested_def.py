"""Hazard [items do not pickle]: each pair carries a `functools.partial` of a function nested in `run`; the partial pickles its function by qualified name, which is `run.<locals>.scale`."""
import functools
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def evaluate(name, fn):
    return _digest(f"{name}:{fn(7)}")


def run():
    def scale(k, x):
        return k * x + 1

    items = [(f"w{i}", functools.partial(scale, i)) for i in range(16)]
    out = [evaluate(name, fn) for name, fn in items]
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
