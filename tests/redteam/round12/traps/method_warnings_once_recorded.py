"""Hazard [method warns; the caller records warnings]: `Reading.checked()` emits `warnings.warn` for out-of-range values, and `run` collects them with `warnings.catch_warnings(record=True)`; warnings raised in workers are neither recorded nor returned."""
import hashlib
import warnings
from collections import namedtuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Reading = namedtuple("Reading", "sensor value")


def calibrate(reading):
    if reading.value > 90:
        warnings.warn(f"{reading.sensor} out of range")
    return reading.sensor, _chain(reading.sensor) + reading.value


def run():
    readings = [Reading(f"r{i}", 10 * i % 130) for i in range(16)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = []
        for reading in readings:
            out.append(calibrate(reading))
    return len(out), sorted(str(w.message) for w in caught)

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
