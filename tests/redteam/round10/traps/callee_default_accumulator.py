"""Hazard [mutable default]: `tally(..., _seen=[])` accumulates every name in its default list, and `run` reports its size; workers fill their own defaults."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def tally(name, n, _seen=[]):
    _seen.append(name)
    return _digest(f"{name}{n}")


def run():
    pairs = [(f"v{i}", i) for i in range(16)]
    out = [tally(name, n) for name, n in pairs]
    return out[:2], len(tally.__defaults__[0])


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
