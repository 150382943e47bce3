"""Positive PAR104: `out[k] = stretch(k)` over `PROFILES.keys()` of a module-level dict literal (16 entries); the pure callee hashes `k.encode()` through a 20000-round SHA-256 chain."""
import hashlib


PROFILES = {"api": 30, "batch": 32, "cron": 34, "db": 36, "edge": 38, "feed": 40, "gate": 42, "hub": 44,
            "ingest": 46, "jobs": 48, "kv": 50, "log": 52, "mail": 54, "node": 56, "ops": 58, "proxy": 60}


def stretch(k):
    h = k.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:16]


def run():
    out = {}
    for k in PROFILES.keys():
        out[k] = stretch(k)
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
