"""Hazard [`global` in the body]: the body counts the processed files in the module global `PROCESSED` (`global PROCESSED; PROCESSED += 1`), which the caller reports; outlined, the helper declares the same `global`, but it increments the workers' module, and the caller's count stays 0."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor

PROCESSED = 0


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def files(n):
    return [(f"src/mod{i:02d}.py", 120 + 11 * i) for i in range(n)]


def _work_item(item, rounds):
    global PROCESSED
    path, lines = item
    digest = stretch(f"{path}#{lines}", rounds)
    PROCESSED += 1
    return (path, digest)


def main():
    global PROCESSED
    rounds = 8000
    results = []
    with ProcessPoolExecutor() as executor:
        results.extend(executor.map(functools.partial(_work_item, rounds=rounds), files(16)))
    return results[0], PROCESSED
