"""Positive PAR104: `{k: harden(k, v) for k, v in PROFILES.items()}` over a module-level dict literal of 16 str to int entries; the pure callee runs PBKDF2 on `k.encode()` salted with `v.to_bytes(2, "big")` for `v * 800` iterations."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


PROFILES = {"api": 30, "batch": 32, "cron": 34, "db": 36, "edge": 38, "feed": 40, "gate": 42, "hub": 44,
            "ingest": 46, "jobs": 48, "kv": 50, "log": 52, "mail": 54, "node": 56, "ops": 58, "proxy": 60}


def harden(k, v):
    return hashlib.pbkdf2_hmac("sha256", k.encode(), v.to_bytes(2, "big"), v * 800).hex()[:16]


def run():
    with ProcessPoolExecutor() as executor:
        out = dict(zip(PROFILES, executor.map(harden, PROFILES.keys(), PROFILES.values())))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
