"""Hazard [`global` in the body]: the body counts the processed files in the module global `PROCESSED` (`global PROCESSED; PROCESSED += 1`), which the caller reports; outlined, the helper declares the same `global`, but it increments the workers' module, and the caller's count stays 0."""
import hashlib

PROCESSED = 0


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def files(n):
    return [(f"src/mod{i:02d}.py", 120 + 11 * i) for i in range(n)]


def main():
    global PROCESSED
    rounds = 8000
    results = []
    for path, lines in files(16):
        digest = stretch(f"{path}#{lines}", rounds)
        PROCESSED += 1
        results.append((path, digest))
    return results[0], PROCESSED
