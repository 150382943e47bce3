"""Hazard [caller mutates a list inside the dict constant; callee reads it]: `LIMITS = {"api": [30], ...}`; `run` appends an override `LIMITS["db"].append(90)`; `harden(k)` uses `LIMITS[k][-1]`; workers see the literal's limit."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


LIMITS = {"api": [30], "batch": [32], "cron": [34], "db": [36], "edge": [38], "feed": [40], "gate": [42],
          "hub": [44], "ingest": [46], "jobs": [48], "kv": [50], "log": [52], "mail": [54], "node": [56],
          "ops": [58], "proxy": [60]}


def harden(k):
    return _chain(k.encode() + LIMITS[k][-1].to_bytes(2, "big"))


def run():
    LIMITS["db"].append(90)
    with ProcessPoolExecutor() as executor:
        out = dict(zip(LIMITS, executor.map(harden, LIMITS)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
