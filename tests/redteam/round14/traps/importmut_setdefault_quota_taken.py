"""Hazard [dict constant completed with `setdefault` at import]: `PROFILES.setdefault("proxy", Quota(3))` adds a project object; `cost(v)` calls `v.take()` on it, counting `self.taken`; `run` reports `taken`, 0 in the caller when costed in a worker."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Quota:
    def __init__(self, n):
        self.n = n
        self.taken = 0

    def take(self):
        self.taken += 1
        return self.n


PROFILES = {"api": 3, "batch": 5, "cron": 7, "db": 9, "edge": 11, "feed": 13, "gate": 15, "hub": 17,
            "ingest": 19, "jobs": 21, "kv": 23, "log": 25, "mail": 27, "node": 29, "ops": 31}
PROFILES.setdefault("proxy", Quota(3))
PROFILES.setdefault("api", Quota(99))


def cost(v):
    if isinstance(v, Quota):
        v = v.take()
    return _chain(v.to_bytes(2, "big"))


def run():
    out = {}
    for k, v in PROFILES.items():
        out[k] = cost(v)
    return sorted(out.items()), PROFILES["proxy"].taken


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
