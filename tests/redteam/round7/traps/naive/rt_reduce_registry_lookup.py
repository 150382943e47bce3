"""Hazard [items pickle but do not round-trip]: `Profile` pickles by name and unpickles through the `PROFILES` registry, which `load_profiles()` fills at run time; in a spawned worker each name resolves to the import-time default profile."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


class Profile:
    def __init__(self, name, rounds):
        self.name = name
        self.rounds = rounds

    def __reduce__(self):
        return (profile_named, (self.name,))


def profile_named(name):
    return PROFILES.get(name, PROFILES["default"])


PROFILES = {"default": Profile("default", 1000)}


def load_profiles():
    for i in range(16):
        PROFILES[f"p{i}"] = Profile(f"p{i}", 20000 + 500 * i)
    return [PROFILES[f"p{i}"] for i in range(16)]


def stretch(p):
    h = p.name.encode()
    for _ in range(p.rounds):
        h = hashlib.sha256(h).digest()
    return p.name, p.rounds, h.hex()[:8]


def main():
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(stretch, load_profiles()))
    return out[:3]
