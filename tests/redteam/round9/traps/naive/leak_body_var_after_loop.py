"""Hazard [a body variable read after the loop]: after sealing every segment the caller returns `digest`, the last segment's digest (the log's head), which the body assigned; outlined, `digest` is a local of the helper and the caller's `digest` is never bound (NameError: the name is no longer assigned in the function)."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def segments(n):
    return [(f"seg{i:02d}", f"entries {i * 100}-{i * 100 + 99}".encode()) for i in range(n)]


def _work_item(item, rounds):
    name, payload = item
    digest = stretch(name.encode() + payload, rounds)
    return (name, digest)


def run():
    rounds = 8000
    sealed = []
    with ProcessPoolExecutor() as executor:
        sealed.extend(executor.map(functools.partial(_work_item, rounds=rounds), segments(16)))
    return len(sealed), digest


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
