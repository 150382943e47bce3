"""Hazard [exception traceback]: `run` reports the innermost frame of the error's traceback (the failing validator); re-raised from a future, the traceback ends in concurrent.futures."""
import traceback
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def validate(name, size):
    d = _digest(name)
    if size > 12:
        raise ValueError(f"{name} too large")
    return d


def run():
    pairs = [(f"f{i}", i) for i in range(16)]
    try:
        out = [validate(name, size) for name, size in pairs]
    except ValueError as e:
        return "invalid", traceback.extract_tb(e.__traceback__)[-1].name
    return out[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
