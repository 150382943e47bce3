"""Positive PAR102: `{i: fingerprint(word) for i, word in enumerate(words)}` over `enumerate` of a list of 16 strs; the pure callee chains blake2b 30000 times from `word`."""
import hashlib


def fingerprint(word):
    h = word.encode()
    for _ in range(30000):
        h = hashlib.blake2b(h, digest_size=32).digest()
    return h.hex()[:16]


def run():
    words = ["amber", "basalt", "cobalt", "dune", "ember", "fjord", "garnet", "heath",
             "indigo", "jasper", "kelp", "lichen", "marl", "nickel", "onyx", "pumice"]
    out = {i: fingerprint(word) for i, word in enumerate(words)}
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
