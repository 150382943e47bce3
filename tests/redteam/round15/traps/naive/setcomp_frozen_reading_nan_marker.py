"""Hazard [set of frozen dataclasses holding a shared NaN marker]: `{sample(sensor, seed) for sensor, seed in polls}`; offline sensors read as `Reading(sensor, MISSING)` with the module-level `MISSING = float("nan")`; the dataclass hash and `==` go through a tuple, which matches the same NaN object by identity, so repeated offline readings collapse sequentially; unpickled readings each hold a new NaN (hash and `==` differ) and do not collapse."""
import hashlib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


MISSING = float("nan")


@dataclass(frozen=True)
class Reading:
    sensor: str
    value: float


def sample(sensor, seed):
    tag = _stretch(f"{sensor}:{seed}")
    if sensor in ("s2", "s5"):
        return Reading(sensor, MISSING)
    return Reading(sensor, int(tag[:2], 16) / 8)


def _helper(item):
    sensor, seed = item
    return sample(sensor, seed)


def run():
    polls = [(f"s{i % 6}", 1000 + (i % 6) * 3) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(polls)
        readings = set(executor.map(_helper, items))
    return len(readings), sorted(r.sensor for r in readings)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
