"""Hazard [constant cleared and refilled at run time]: `SEEDS` holds 12 ints at import; `run` does `SEEDS.clear(); SEEDS.extend(range(200, 216))`; `shard(s)` uses `s % len(SEEDS)`, which is 16 in the caller and 12 in a worker."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127]


def shard(s):
    return s % len(SEEDS), _chain(s.to_bytes(4, "big"))


def run():
    SEEDS.clear()
    SEEDS.extend(range(200, 216))
    out = []
    for s in SEEDS:
        out.append(shard(s))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
