"""Hazard [constant rebound with `global` in `run`]: `run` does `global SEEDS; SEEDS = [s + 1000 for s in SEEDS]`; `scale(s)` normalises by `max(SEEDS)`; workers see the literal's maximum."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151, 163]


def scale(s):
    q = s * 1000 // max(SEEDS)
    return q, _chain(q.to_bytes(4, "big"))


def run():
    global SEEDS
    SEEDS = [s + 1000 for s in SEEDS]
    out = []
    for s in SEEDS:
        out.append(scale(s))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
