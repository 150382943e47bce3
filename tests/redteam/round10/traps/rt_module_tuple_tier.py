"""Hazard [copies not identical]: each plan is the module tuple `FAST` or `SLOW`, and the tier is decided with `plan is FAST`; a pickled tuple is equal but not the same object."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

FAST = ("sha256", 1000)
SLOW = ("sha256", 3000)


def plans():
    return [(f"task{i}", FAST if i % 2 == 0 else SLOW) for i in range(16)]


def execute(name, plan):
    tier = "fast" if plan is FAST else "slow"
    return tier, _digest(name, plan[1])


def run():
    out = [execute(name, plan) for name, plan in plans()]
    return [t for t, _ in out], out[0][1]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
