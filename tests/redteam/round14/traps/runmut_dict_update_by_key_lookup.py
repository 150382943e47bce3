"""Hazard [dict constant updated at run time, iterated by key]: `run` applies an override with `PROFILES.update({"db": 90, "queue": 12})`; `harden(k)` looks up `PROFILES[k]`; workers see the old value for `db` and have no `queue` (KeyError)."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


PROFILES = {"api": 3, "batch": 5, "cron": 7, "db": 9, "edge": 11, "feed": 13, "gate": 15, "hub": 17,
            "ingest": 19, "jobs": 21, "kv": 23, "log": 25, "mail": 27, "node": 29, "ops": 31, "proxy": 33}


def harden(k):
    return _chain(k.encode() + PROFILES[k].to_bytes(2, "big"))


def run():
    PROFILES.update({"db": 90, "queue": 12})
    out = {}
    for k in PROFILES:
        out[k] = harden(k)
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
