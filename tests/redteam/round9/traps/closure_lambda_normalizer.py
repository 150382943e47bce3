"""Hazard [a lambda local read by the body]: the normaliser is chosen at run time, `norm = (lambda s: s.casefold()) if fold else str.strip`; outlined, `norm` is an argument of the helper, and a process pool cannot pickle the lambda."""
import hashlib


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def names(n):
    return [(i, f"  Straße-{i} ") for i in range(n)]


def run(fold):
    norm = (lambda s: s.casefold()) if fold else str.strip
    rounds = 8000
    keys = []
    for i, raw in names(16):
        key = norm(raw)
        keys.append((i, key, stretch(key, rounds)))
    return keys[1], len(keys)


def main():
    try:
        return run(fold=True)
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
