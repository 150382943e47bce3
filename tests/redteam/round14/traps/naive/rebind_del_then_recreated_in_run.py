"""Hazard [constant deleted at import, re-created at run time]: the module keeps `_FACTORY = tuple(SEEDS)` and does `del SEEDS`; `run` calls `load()`, which re-creates the global; `weight(s)` reads `len(SEEDS)`, a NameError in a worker."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151, 163]
_FACTORY = tuple(SEEDS)
del SEEDS


def load():
    global SEEDS
    SEEDS = list(_FACTORY)


def weight(s):
    return _chain(f"{s}/{len(SEEDS)}")


def run():
    load()
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(weight, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
