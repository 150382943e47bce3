"""Hazard [dict constant updated at import]: `PROFILES` is a literal of str to int, then `PROFILES.update(proxy=Budget(40))`; `cost(v)` calls `v.spend(10)` on a Budget, which lowers `self.left`; `run` reports the budget left, unchanged in the caller when costed in a worker."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Budget:
    def __init__(self, left):
        self.left = left

    def spend(self, n):
        self.left -= n
        return self.left


PROFILES = {"api": 3, "batch": 5, "cron": 7, "db": 9, "edge": 11, "feed": 13, "gate": 15, "hub": 17,
            "ingest": 19, "jobs": 21, "kv": 23, "log": 25, "mail": 27, "node": 29, "ops": 31}
PROFILES.update(proxy=Budget(40))


def cost(v):
    if isinstance(v, Budget):
        return _chain(v.spend(10))
    return _chain(v.to_bytes(2, "big"))


def run():
    out = {}
    for k, v in PROFILES.items():
        out[k] = cost(v)
    return sorted(out.items()), PROFILES["proxy"].left


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
