"""Hazard [NaN field and containment]: `calibrate` returns the reading unchanged when it has no value (NaN) and `run` counts returned readings still `in` the input list; tuple comparison treats the same NaN object as equal, but a NaN copied from a worker is a new float and never equal."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from typing import NamedTuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Reading(NamedTuple):
    sensor: str
    value: float = 0.0


def calibrate(r):
    h = _chain(r.sensor)
    if r.value != r.value:
        return r
    return Reading(r.sensor, r.value + h)


def run():
    readings = [Reading(f"s{i}", float("nan") if i % 2 else float(i)) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(calibrate, readings))
    return sum(1 for r in out if r in readings)

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
