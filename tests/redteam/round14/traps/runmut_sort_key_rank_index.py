"""Hazard [constant sorted in place at run time, read by the callee]: `run` does `SEEDS.sort(key=lambda s: s % 10)` before the loop; `rank(s)` salts its chain with `SEEDS.index(s)`; a spawned worker re-imports the unsorted literal, so the positions differ."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151, 163]


def rank(s):
    pos = SEEDS.index(s)
    return pos, _chain(f"{pos}:{s}")


def run():
    SEEDS.sort(key=lambda s: s % 10)
    out = []
    for s in SEEDS:
        out.append(rank(s))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
