"""Hazard [callee side effect]: `legacy_hash` warns (DeprecationWarning) and `run` records the warnings; warnings raised in a worker never reach the parent's `catch_warnings`."""
import warnings
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def legacy_hash(name, n):
    warnings.warn(f"legacy hash for {name}", DeprecationWarning)
    return _digest(f"{name}{n}")


def run():
    pairs = [(f"f{i}", i) for i in range(16)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = [legacy_hash(name, n) for name, n in pairs]
    return out[:2], len(caught)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
