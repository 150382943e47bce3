"""Hazard [a live dict view kept by the caller]: the caller keeps `REGISTRY.keys()` for its status report before publishing; `publish(name, spec)` adds each artefact to the module dict `REGISTRY`, so the kept view lists them all sequentially and is empty when the work ran in workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

REGISTRY = {}


def publish(name, spec):
    h = f"{name}:{spec}".encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    REGISTRY[name] = h.hex()[:8]
    return REGISTRY[name]


def main():
    published = REGISTRY.keys()
    specs = {f"pkg{i:02d}": f"version=1.{i}.0;deps={i % 5}" for i in range(16)}
    with ProcessPoolExecutor() as ex:
        digests = dict(zip(specs, ex.map(publish, specs.keys(), specs.values())))
    return len(digests), len(published), sorted(published)[:2]
