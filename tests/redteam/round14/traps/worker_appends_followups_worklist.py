"""Hazard [callee appends follow-up items to the constant being iterated]: `expand(s)` appends `s * 3` for small odd seeds, and the sequential `for` over the live list processes them too; the map takes the items up front and workers append to their own copies."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151, 163]


def expand(s):
    if s < 100 and s % 2:
        SEEDS.append(s * 3)
    return _chain(s.to_bytes(4, "big"))


def run():
    out = []
    for s in SEEDS:
        out.append(expand(s))
    return len(out), out[-3:]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
