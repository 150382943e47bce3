"""Hazard [generator yields the same mutable pair each time]: `{name: stretch_seed(name, seed) for name, seed in read_pairs(LINES)}`; `read_pairs` parses `name=seed` lines into one reused two-slot list; the comprehension unpacks each pair as it is yielded (16 entries); the naive rewrite's `list(...)` keeps 16 references to the same buffer, which holds the last pair, so every key and value is the last one (1 entry)."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


LINES = [f"node{i:02d}={1000 + 37 * i}" for i in range(16)]


def read_pairs(lines):
    buf = [None, 0]
    for line in lines:
        name, _, seed = line.partition("=")
        buf[0], buf[1] = name, int(seed)
        yield buf


def stretch_seed(name, seed):
    return _stretch(f"{name}:{seed}")


def run():
    out = {name: stretch_seed(name, seed) for name, seed in read_pairs(LINES)}
    return len(out), sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
