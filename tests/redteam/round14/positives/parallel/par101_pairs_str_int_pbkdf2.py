"""Positive PAR101: `out.append(derive(name, rounds))` unpacking `PAIRS`, a module-level tuple of 16 (str, int) pairs; the pure callee runs PBKDF2-HMAC-SHA256 on `name.encode()` for `rounds * 1000` iterations."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


PAIRS = (("api", 20), ("batch", 22), ("cron", 24), ("db", 26), ("edge", 28), ("feed", 30), ("gate", 32),
         ("hub", 34), ("ingest", 36), ("jobs", 38), ("kv", 40), ("log", 42), ("mail", 44), ("node", 46),
         ("ops", 48), ("proxy", 50))


def derive(name, rounds):
    key = hashlib.pbkdf2_hmac("sha256", name.encode(), b"r14-" + name.encode(), rounds * 1000)
    return name, key.hex()[:20]


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(derive, [n for n, _ in PAIRS], [r for _, r in PAIRS]))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
