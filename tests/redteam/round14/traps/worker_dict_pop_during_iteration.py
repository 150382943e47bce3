"""Hazard [callee pops from the dict constant being iterated]: `settle(k)` does `PROFILES.pop(k)`; the sequential loop raises RuntimeError (dictionary changed size during iteration) after the first item; workers pop from their own copies and all 16 settle."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


PROFILES = {"api": 3, "batch": 5, "cron": 7, "db": 9, "edge": 11, "feed": 13, "gate": 15, "hub": 17,
            "ingest": 19, "jobs": 21, "kv": 23, "log": 25, "mail": 27, "node": 29, "ops": 31, "proxy": 33}


def settle(k):
    v = PROFILES.pop(k)
    return _chain(k.encode() + v.to_bytes(2, "big"))


def run():
    out = {}
    for k in PROFILES:
        out[k] = settle(k)
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
