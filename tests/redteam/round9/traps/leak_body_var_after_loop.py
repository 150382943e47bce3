"""Hazard [a body variable read after the loop]: after sealing every segment the caller returns `digest`, the last segment's digest (the log's head), which the body assigned; outlined, `digest` is a local of the helper and the caller's `digest` is never bound (NameError: the name is no longer assigned in the function)."""
import hashlib


def stretch(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def segments(n):
    return [(f"seg{i:02d}", f"entries {i * 100}-{i * 100 + 99}".encode()) for i in range(n)]


def run():
    rounds = 8000
    sealed = []
    for name, payload in segments(16):
        digest = stretch(name.encode() + payload, rounds)
        sealed.append((name, digest))
    return len(sealed), digest


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
