"""Hazard [runtime import hooks]: the caller installs a meta-path finder that serves a
virtual `presets` module; workers import without the hook and fail."""
import hashlib
import importlib.abc
import importlib.util
import sys


class PresetFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path, target=None):
        if name == "presets_virtual":
            return importlib.util.spec_from_loader(name, self)
        return None

    def exec_module(self, module):
        module.ROUNDS = 30000


def tune(name: str) -> str:
    import presets_virtual
    h = name.encode()
    for _ in range(presets_virtual.ROUNDS):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    sys.meta_path.append(PresetFinder())
    names = [f"p{i}" for i in range(6)]
    try:
        return [tune(n) for n in names]
    except ImportError as e:
        return f"ImportError: {e.name}"
