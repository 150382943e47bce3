"""Hazard [values are generators]: `{name: tokens(name, seed) for name, seed in sorted(accounts.items())}`; `tokens` does the expensive stretching and returns a lazy generator of 4-character tokens that `run` consumes later; generators cannot be pickled back from a worker."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def tokens(name, seed):
    tag = _stretch(f"{name}/{seed}")
    return (tag[i:i + 4] for i in range(0, len(tag), 4))


def _helper(item):
    name, seed = item
    return tokens(name, seed)


def run():
    accounts = {f"user{i:02d}": 31 * i + 7 for i in range(16)}
    with ProcessPoolExecutor() as executor:
        items = list(sorted(accounts.items()))
        out = dict(zip((name for name, seed in items), executor.map(_helper, items)))
    return sorted((name, list(gen)) for name, gen in out.items())[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
