"""Hazard [callee updates module-level statistics that `run` reports]: `{p[0]: digest_pair(p) for p in pairs}`; `digest_pair` adds to the module-level `STATS` (calls and rounds); `run` returns them; in the naive rewrite the workers update their own `STATS` and the caller reports zeros."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


STATS = {"calls": 0, "rounds": 0}


def digest_pair(pair):
    name, seed = pair
    STATS["calls"] += 1
    STATS["rounds"] += 2000
    return _stretch(f"{name}#{seed}")


def run():
    pairs = [(f"blob{i:02d}", 64 * i + 5) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(pairs)
        out = dict(zip((p[0] for p in items), executor.map(digest_pair, items)))
    return sorted(out.items())[:2], dict(STATS)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
