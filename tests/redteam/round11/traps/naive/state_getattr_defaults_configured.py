"""Hazard [`__getattr__` fallback to module state]: `Settings.__getattr__` falls back to the module dict `DEFAULTS`, which `run` fills from its configuration; a worker's `DEFAULTS` is the empty import-time dict, so the fallback raises AttributeError."""
from concurrent.futures import ProcessPoolExecutor
import hashlib

DEFAULTS = {}


class Settings:
    def __init__(self, name, **overrides):
        self.name = name
        self.__dict__.update(overrides)

    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        try:
            return DEFAULTS[attr]
        except KeyError:
            raise AttributeError(attr) from None


def _stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def derive(s: Settings) -> tuple:
    return s.name, _stretch(s.name, s.rounds)


def run():
    DEFAULTS.update(rounds=800, algo="sha256")
    profiles = [Settings(f"user{i}") if i % 3 else Settings(f"user{i}", rounds=1200) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        keys = list(executor.map(derive, profiles))
    return keys[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
