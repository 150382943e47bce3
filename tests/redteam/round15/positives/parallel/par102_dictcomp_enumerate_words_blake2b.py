"""Positive PAR102: `{i: fingerprint(word) for i, word in enumerate(words)}` over `enumerate` of a list of 16 strs; the pure callee chains blake2b 30000 times from `word`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def fingerprint(word):
    h = word.encode()
    for _ in range(30000):
        h = hashlib.blake2b(h, digest_size=32).digest()
    return h.hex()[:16]


def _helper(item):
    i, word = item
    return fingerprint(word)


def run():
    words = ["amber", "basalt", "cobalt", "dune", "ember", "fjord", "garnet", "heath",
             "indigo", "jasper", "kelp", "lichen", "marl", "nickel", "onyx", "pumice"]
    with ProcessPoolExecutor() as executor:
        items = list(enumerate(words))
        out = dict(zip((i for i, word in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
