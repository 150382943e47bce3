"""Hazard [values aliased to one shared object]: `{svc: policy_for(svc, seed) for svc, seed in services}`; `policy_for` returns the module-level `DEFAULT_POLICY` dict for most services; `run` then raises the retries of one of them, which (aliasing) raises them for every default service sequentially; in the naive rewrite each value is a separate unpickled copy."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


DEFAULT_POLICY = {"retries": 3, "tier": "basic"}


def policy_for(svc, seed):
    tag = _stretch(f"{svc}:{seed}")
    if int(tag[:2], 16) % 4 == 0:
        return {"retries": 5, "tier": "gold", "tag": tag}
    return DEFAULT_POLICY


def run():
    services = [(f"svc{i:02d}", 90 + 13 * i) for i in range(16)]
    out = {svc: policy_for(svc, seed) for svc, seed in services}
    basic = [s for s, p in sorted(out.items()) if p["tier"] == "basic"]
    out[basic[0]]["retries"] += 1
    return sum(p["retries"] for p in out.values()), DEFAULT_POLICY["retries"]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
