"""Hazard [key is the item; the value returns the item itself and the caller tests identity]: `{cfg: validate(cfg) for cfg in configs}`; `validate` returns the same `Config` when it is valid and a patched copy otherwise; `run` counts the configs left unchanged with `out[cfg] is cfg`; every value from a worker is a copy."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Config:
    def __init__(self, name, port):
        self.name = name
        self.port = port
        self.sig = None


def validate(cfg):
    if cfg.port < 1024:
        fixed = Config(cfg.name, cfg.port + 8000)
        fixed.sig = _stretch(f"{fixed.name}:{fixed.port}")
        return fixed
    cfg.sig = _stretch(f"{cfg.name}:{cfg.port}")
    return cfg


def run():
    configs = [Config(f"svc{i:02d}", 80 + 211 * i) for i in range(16)]
    out = {cfg: validate(cfg) for cfg in configs}
    unchanged = [c.name for c in configs if out[c] is c]
    return len(unchanged), sorted(out[c].sig for c in configs)[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
