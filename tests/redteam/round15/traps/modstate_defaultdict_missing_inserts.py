"""Hazard [callee reads a module-level defaultdict, inserting missing keys]: `{tenant: throttle(tenant, rps) for tenant, rps in traffic}`; `throttle` reads `LIMITS[tenant]` from a `defaultdict(lambda: 50)`, which records every unknown tenant; `run` reports the tenants `LIMITS` now knows; in the naive rewrite the inserts happen in workers and the caller's `LIMITS` keeps its two preset tenants."""
import hashlib
from collections import defaultdict

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


LIMITS = defaultdict(lambda: 50, {"t00": 500, "t01": 300})


def throttle(tenant, rps):
    allowed = min(rps, LIMITS[tenant])
    return allowed, _stretch(f"{tenant}:{allowed}")


def run():
    traffic = [(f"t{i:02d}", 20 + 9 * i) for i in range(16)]
    out = {tenant: throttle(tenant, rps) for tenant, rps in traffic}
    return sorted(out.items())[:3], len(LIMITS)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
