"""Positive PAR104: `out[k] = harden(k)` iterating a module-level dict literal by key; the pure callee reads `PROFILES[k]` itself (the dict is never changed, at import or at run time) and runs PBKDF2 for `PROFILES[k] * 700` iterations."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


PROFILES = {"api": 30, "batch": 32, "cron": 34, "db": 36, "edge": 38, "feed": 40, "gate": 42, "hub": 44,
            "ingest": 46, "jobs": 48, "kv": 50, "log": 52, "mail": 54, "node": 56, "ops": 58, "proxy": 60}


def harden(k):
    rounds = PROFILES[k]
    return hashlib.pbkdf2_hmac("sha256", k.encode(), b"r14", rounds * 700).hex()[:16]


def run():
    with ProcessPoolExecutor() as executor:
        out = dict(zip(PROFILES, executor.map(harden, PROFILES)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
