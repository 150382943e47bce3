"""Hazard [a custom Mapping whose values() takes a shortcut]: `Registry` iterates its names sorted but overrides `values()` to return the backing dict's values (insertion order) to skip per-key lookups; `{name: fingerprint(spec) for name, spec in reg.items()}` uses the consistent `ItemsView`, the rewrite `dict(zip(reg, ex.map(fingerprint, reg.values())))` gives each name another service's fingerprint."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
from collections.abc import Mapping


class Registry(Mapping):
    def __init__(self):
        self._data = {}

    def add(self, name, spec):
        self._data[name] = spec

    def __getitem__(self, name):
        return self._data[name]

    def __iter__(self):
        return iter(sorted(self._data))

    def __len__(self):
        return len(self._data)

    def values(self):
        # fast path: no per-key lookup
        return self._data.values()


def load_registry():
    reg = Registry()
    for i, name in enumerate(["search", "billing", "auth", "mail", "queue", "cdn", "audit", "export",
                              "geo", "push", "media", "notes", "files", "chat", "jobs", "admin"]):
        reg.add(name, (name, 7000 + i, "tls" if i % 3 else "plain"))
    return reg


def fingerprint(spec):
    name, port, proto = spec
    h = f"{name}:{port}/{proto}".encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return port, h.hex()[:8]


def fingerprints(reg):
    with ProcessPoolExecutor() as ex:
        return dict(zip(reg, ex.map(fingerprint, reg.values())))


def main():
    fps = fingerprints(load_registry())
    return [(name, fps[name][0]) for name in ("admin", "auth", "search", "queue")]
