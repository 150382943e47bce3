"""Positive PAR102: `{name: harden(name, cost) for name, cost in profiles.items()}` over a dict of 16 str to int entries built in `run`; the pure module-level callee runs PBKDF2-HMAC-SHA256 on `name` salted with `cost` for `cost * 1000` iterations (20-50 ms)."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def harden(name, cost):
    return hashlib.pbkdf2_hmac("sha256", name.encode(), cost.to_bytes(2, "big"), cost * 1000).hex()[:16]


def _helper(item):
    name, cost = item
    return harden(name, cost)


def run():
    profiles = {f"svc-{i:02d}": 20 + 2 * i for i in range(16)}
    with ProcessPoolExecutor() as executor:
        items = list(profiles.items())
        out = dict(zip((name for name, cost in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
