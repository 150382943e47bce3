"""Hazard [callee inserts into the dict being iterated]: `{name: resolve(name, dep) for name, dep in DEPS.items()}`; `resolve` registers a missing dependency with `DEPS.setdefault(dep, None)`; sequentially the dict changes size during iteration (RuntimeError); the naive rewrite lists the items up front and workers insert into their own copies."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


DEPS = {f"pkg{i:02d}": (f"pkg{i + 1:02d}" if i % 4 else f"ext{i:02d}") for i in range(16)}


def resolve(name, dep):
    if dep is not None:
        DEPS.setdefault(dep, None)
    return _stretch(f"{name}->{dep}")


def _helper(item):
    name, dep = item
    return resolve(name, dep)


def run():
    with ProcessPoolExecutor() as executor:
        items = list(DEPS.items())
        out = dict(zip((name for name, dep in items), executor.map(_helper, items)))
    return len(out), sorted(out.items())[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
