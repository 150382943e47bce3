"""Hazard [results are the items themselves]: `load_services()` returns the module `REGISTRY` list; the work returns the config itself when admitted and the caller flags the admitted ones, which updates the registry only when the results are the same objects."""
import hashlib

REGISTRY = []


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_services():
    REGISTRY[:] = [{"name": f"svc{i}", "replicas": i % 3} for i in range(16)]
    return REGISTRY


def admit(cfg):
    if _work(cfg["name"]) == "00000000":
        return None
    return cfg if cfg["replicas"] else None


def main():
    admitted = []
    for cfg in load_services():
        admitted.append(admit(cfg))
    for cfg in admitted:
        if cfg is not None:
            cfg["admitted"] = True
    return sum("admitted" in c for c in REGISTRY), sum(c is not None for c in admitted)
