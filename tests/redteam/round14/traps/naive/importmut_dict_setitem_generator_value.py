"""Hazard [dict constant value assigned at import]: after the literal, `PROFILES["proxy"] = (n * n for n in range(6))` (a lazily computed weight); `cost(v)` sums it when it is not an int; the sequential loop works, but a generator cannot be pickled to a worker."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


PROFILES = {"api": 3, "batch": 5, "cron": 7, "db": 9, "edge": 11, "feed": 13, "gate": 15, "hub": 17,
            "ingest": 19, "jobs": 21, "kv": 23, "log": 25, "mail": 27, "node": 29, "ops": 31}
PROFILES["proxy"] = (n * n for n in range(6))


def cost(v):
    if not isinstance(v, int):
        v = sum(v)
    return _chain(v.to_bytes(2, "big"))


def run():
    with ProcessPoolExecutor() as executor:
        out = dict(zip(PROFILES, executor.map(cost, PROFILES.values())))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
