"""Positive PAR104: `out[name] = harden(name, rounds)` over `.items()` of a dict literal of str to int; the pure callee runs PBKDF2 on `name.encode()` salted with `rounds.to_bytes(2, "big")` for `rounds * 1000` iterations."""
import hashlib


PROFILES = {"api": 30, "batch": 32, "cron": 34, "db": 36, "edge": 38, "feed": 40, "gate": 42, "hub": 44,
            "ingest": 46, "jobs": 48, "kv": 50, "log": 52, "mail": 54, "node": 56, "ops": 58, "proxy": 60}


def harden(name, rounds):
    key = hashlib.pbkdf2_hmac("sha256", name.encode(), rounds.to_bytes(2, "big"), rounds * 1000)
    return key.hex()[:16]


def run():
    out = {}
    for name, rounds in PROFILES.items():
        out[name] = harden(name, rounds)
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
