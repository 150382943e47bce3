"""Hazard [items do not pickle]: words are zipped with module-level lambdas; a lambda pickles by its name `<lambda>`, which cannot be looked up."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

TRANSFORMS = [lambda s: s.upper(), lambda s: s[::-1], lambda s: s * 2, lambda s: s.title()]


def apply(word, fn):
    return _digest(fn(word))


def run():
    words = [f"word{i}" for i in range(16)]
    fns = [TRANSFORMS[i % 4] for i in range(16)]
    out = [apply(word, fn) for word, fn in zip(words, fns)]
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
