"""Hazard [key expression switches the current tenant; the callee checks it]: `{enter(t): report(t, seed) for t, seed in tenants.items()}`; `enter` sets the module-level `CURRENT["tenant"]` (and returns the report path) and `report` refuses to run for any other tenant; sequentially every key enters its tenant before its value; in a spawned worker `CURRENT["tenant"]` is None (PermissionError)."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


CURRENT = {"tenant": None}


def enter(tenant):
    CURRENT["tenant"] = tenant
    return f"/reports/{tenant}"


def report(tenant, seed):
    if CURRENT["tenant"] != tenant:
        raise PermissionError(f"report for {tenant} outside its scope")
    return _stretch(f"{tenant}:{seed}")


def run():
    tenants = {f"t{i:02d}": 500 + 11 * i for i in range(16)}
    out = {enter(t): report(t, seed) for t, seed in tenants.items()}
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
