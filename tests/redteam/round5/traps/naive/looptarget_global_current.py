"""Hazard [loop target is module state]: `for CURRENT in tenants` (with `global CURRENT`) rebinds a module global that the callee reads; workers see the import-time value."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


CURRENT = "default"


def render(tenant):
    return tenant, _work(f"{CURRENT}/{tenant}")


def main():
    global CURRENT
    tenants = [f"t{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        pages = list(ex.map(render, tenants))
    return pages
