"""Hazard [callee raises an exception whose `__init__` takes two arguments]: `{t: enforce(t, used) for t, used in usage.items()}`; `QuotaExceeded(tenant, limit)` passes only a message to `Exception.__init__`, so it cannot be rebuilt from its pickled args; `run` reports the tenant sequentially; in the naive rewrite unpickling the worker's exception fails and the pool breaks (BrokenProcessPool)."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class QuotaExceeded(Exception):
    def __init__(self, tenant, limit):
        super().__init__(f"{tenant} is over its quota of {limit}")
        self.tenant = tenant
        self.limit = limit


LIMIT = 700


def enforce(tenant, used):
    if used > LIMIT:
        raise QuotaExceeded(tenant, LIMIT)
    return _stretch(f"{tenant}:{used}")


def run():
    usage = {f"tenant{i:02d}": 200 + 45 * i for i in range(16)}
    try:
        out = {t: enforce(t, used) for t, used in usage.items()}
    except QuotaExceeded as e:
        return "over quota", e.tenant, e.limit
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
