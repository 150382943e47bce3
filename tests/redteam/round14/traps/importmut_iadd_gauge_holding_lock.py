"""Hazard [list constant extended with `+=` at import]: `SEEDS += [Gauge("cpu")]` adds an object holding a `threading.Lock`; `probe(s)` reads it under the lock; the sequential loop works, but a Gauge cannot be pickled to a worker (TypeError)."""
import hashlib
import threading

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Gauge:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()

    def reading(self):
        with self.lock:
            return self.name.encode()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151]
SEEDS += [Gauge("cpu")]


def probe(s):
    if isinstance(s, int):
        return _chain(s.to_bytes(4, "big"))
    return _chain(s.reading())


def run():
    out = []
    for s in SEEDS:
        out.append(probe(s))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
