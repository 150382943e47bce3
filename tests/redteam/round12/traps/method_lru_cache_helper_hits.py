"""Hazard [method uses an lru_cache helper]: `Route.cost()` calls the module `functools.lru_cache` function `_leg`, and several routes share legs; `run` reports `_leg.cache_info()` (hits and size), which stays empty in the caller when routes are costed in workers."""
import functools
import hashlib
from dataclasses import dataclass

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@functools.lru_cache(maxsize=None)
def _leg(name):
    return _chain(name)


@dataclass(frozen=True)
class Route:
    origin: str
    dest: str

    def cost(self):
        return _leg(self.origin) + _leg(self.dest)


def plan(route):
    return route.origin, route.dest, route.cost()


def run():
    hubs = ["ams", "fra", "lhr", "cdg"]
    routes = [Route(hubs[i % 4], hubs[(i // 4) % 4]) for i in range(16)]
    plans = []
    for route in routes:
        plans.append(plan(route))
    info = _leg.cache_info()
    return info.hits, info.currsize

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
