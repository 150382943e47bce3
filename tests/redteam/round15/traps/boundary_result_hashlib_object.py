"""Hazard [values that cannot be pickled back]: `{name: prime_digest(name, seed) for name, seed in streams.items()}`; `prime_digest` returns a SHA-256 object primed with the stream's header so that `run` can feed each stream's trailer into it; `_hashlib.HASH` objects cannot be pickled, so the naive rewrite fails."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def prime_digest(name, seed):
    h = hashlib.sha256(_stretch(f"{name}:{seed}").encode())
    return h


def run():
    streams = {f"stream{i:02d}": 4000 + 17 * i for i in range(16)}
    out = {name: prime_digest(name, seed) for name, seed in streams.items()}
    for name, h in out.items():
        h.update(name.encode()[::-1])
    return sorted((name, h.hexdigest()[:12]) for name, h in out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
