"""Hazard [StopIteration in the element]: `first_match` uses `next()` without default and `run` handles StopIteration; through `executor.map`'s generator it surfaces as RuntimeError."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def first_match(name, candidates):
    d = _digest(name)
    return next(c for c in candidates if c in d)


def run():
    pairs = [(f"n{i}", ["a", "b", "c"] if i != 11 else ["zz"]) for i in range(16)]
    try:
        out = [first_match(name, cands) for name, cands in pairs]
    except StopIteration:
        return "no-match"
    return out[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
