"""Positive PAR102: `{p[0]: derive(p) for p in pairs}` over a list of 16 (str, int) tuples, keyed by the tuple's first element; the pure callee runs PBKDF2-HMAC-SHA256 on `p[0]` for `p[1]` iterations."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def derive(pair):
    name, iterations = pair
    return hashlib.pbkdf2_hmac("sha256", name.encode(), b"r15-salt", iterations).hex()[:16]


def run():
    pairs = [(f"user{i:02d}@example.org", 24000 + 1500 * i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(pairs)
        out = dict(zip((p[0] for p in items), executor.map(derive, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
