"""Hazard [a ChainMap whose front map the caller fills at run time]: `CONFIG = ChainMap({}, DEFAULTS)` and `main()` applies the command-line overrides into its front map; `stretch(name, seed)` reads `CONFIG['rounds']` and `CONFIG['prefix']`, the overrides sequentially, the defaults in a spawned worker."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
from collections import ChainMap

DEFAULTS = {"rounds": 20000, "prefix": "v1"}
CONFIG = ChainMap({}, DEFAULTS)


def apply_overrides(argv):
    for arg in argv:
        key, _, value = arg.partition("=")
        CONFIG[key] = int(value) if value.isdigit() else value


def stretch(name, seed):
    h = f"{CONFIG['prefix']}:{name}:{seed}".encode()
    for _ in range(CONFIG["rounds"]):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def main():
    apply_overrides(["rounds=30000", "prefix=v2"])
    seeds = {f"key{i:02d}": i * 7919 for i in range(16)}
    with ProcessPoolExecutor() as ex:
        derived = dict(zip(seeds, ex.map(stretch, seeds.keys(), seeds.values())))
    return derived["key00"], derived["key15"]
