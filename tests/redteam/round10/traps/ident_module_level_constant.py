"""Hazard [results compared by identity]: `grade` returns the module tuples `HIGH` or `LOW`, and `run` counts `r is HIGH`; results unpickled in the parent are new tuples."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

HIGH = ("high", 3)
LOW = ("low", 1)


def grade(name, n):
    return HIGH if int(_digest(f"{name}{n}"), 16) % 2 else LOW


def run():
    pairs = [(f"s{i}", i) for i in range(16)]
    out = [grade(name, n) for name, n in pairs]
    return sum(r is HIGH for r in out), sum(r == HIGH for r in out)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
