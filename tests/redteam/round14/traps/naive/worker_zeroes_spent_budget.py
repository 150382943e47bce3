"""Hazard [callee writes back into the dict constant]: `spend(k)` reads `PROFILES[k]` and sets it to 0 (budget spent); `run` reports the budget left, 0 in the caller sequentially and the full literal sum under workers."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


PROFILES = {"api": 3, "batch": 5, "cron": 7, "db": 9, "edge": 11, "feed": 13, "gate": 15, "hub": 17,
            "ingest": 19, "jobs": 21, "kv": 23, "log": 25, "mail": 27, "node": 29, "ops": 31, "proxy": 33}


def spend(k):
    v = PROFILES[k]
    PROFILES[k] = 0
    return _chain(k.encode() + v.to_bytes(2, "big"))


def run():
    with ProcessPoolExecutor() as executor:
        out = dict(zip(PROFILES, executor.map(spend, PROFILES)))
    return sorted(out.items()), sum(PROFILES.values())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
