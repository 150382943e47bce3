"""Hazard [caller-side prints from the iterable and the key interleave]: `{index_key(name): digest(name, seed) for name, seed in load(NAMES)}`; `load` prints `load <name>` as it reads each record and `index_key` prints `index <name>`; sequentially the lines alternate; the naive rewrite's `list(load(...))` prints every `load` line before any `index` line."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


NAMES = [f"rec{i:02d}" for i in range(16)]


def load(names):
    for i, name in enumerate(names):
        print(f"load {name}")
        yield name, 300 + 7 * i


def index_key(name):
    print(f"index {name}")
    return name.upper()


def digest(name, seed):
    return _stretch(f"{name}:{seed}")


def run():
    out = {index_key(name): digest(name, seed) for name, seed in load(NAMES)}
    return sorted(out.items())[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
