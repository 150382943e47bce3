"""Hazard [side effect in a __getattr__ fallback]: reading SETTINGS.retry_ms hits Settings.__getattr__, which records the missing key on the module-level settings object; workers record on their copy."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Settings:
    def __init__(self, **known):
        self.__dict__.update(known)
        self.__dict__["missing"] = []

    def __getattr__(self, name):
        self.missing.append(name)
        return 0


SETTINGS = Settings(rounds=3)


def compute(key):
    return key, SETTINGS.rounds + SETTINGS.retry_ms, _work(key)


def main():
    keys = [f"k{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        vals = list(ex.map(compute, keys))
    return vals, len(SETTINGS.missing)
