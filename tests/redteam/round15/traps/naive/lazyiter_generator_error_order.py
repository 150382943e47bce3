"""Hazard [which exception surfaces first: a value's or the iterable's]: `{name: weigh(name, seed) for name, seed in records(LINES)}`; record 4 has seed 0 (`weigh` divides by it: ZeroDivisionError) and record 9 is corrupt (`records` raises `CorruptRecord`); sequentially the ZeroDivisionError comes first; the naive rewrite's `list(records(...))` raises `CorruptRecord` before any value is read."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class CorruptRecord(Exception):
    pass


LINES = [f"sensor{i:02d}:{0 if i == 4 else 100 + 9 * i}" for i in range(16)]
LINES[9] = "#! truncated"


def records(lines):
    for n, line in enumerate(lines):
        if line.startswith("#!"):
            raise CorruptRecord(f"line {n}")
        name, seed = line.split(":")
        yield name, int(seed)


def weigh(name, seed):
    return 100000 // seed, _stretch(f"{name}:{seed}")


def _helper(item):
    name, seed = item
    return weigh(name, seed)


def run():
    with ProcessPoolExecutor() as executor:
        items = list(records(LINES))
        out = dict(zip((name for name, seed in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
