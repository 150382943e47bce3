"""Hazard [items do not pickle]: words are zipped with module-level lambdas; a lambda pickles by its name `<lambda>`, which cannot be looked up."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

TRANSFORMS = [lambda s: s.upper(), lambda s: s[::-1], lambda s: s * 2, lambda s: s.title()]


def apply(word, fn):
    return _digest(fn(word))


def _run_item(item):
    word, fn = item
    return apply(word, fn)


def run():
    words = [f"word{i}" for i in range(16)]
    fns = [TRANSFORMS[i % 4] for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, zip(words, fns), chunksize=8))
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
