"""Hazard [NaN field and equality]: `calibrate` returns the reading unchanged when no offset applies, and `run` counts changed readings with `!=`; dataclass equality compares field tuples, where the same NaN object is equal to itself but a NaN copied back from a worker is not."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass, replace

MISSING = float("nan")


@dataclass(frozen=True)
class Reading:
    sensor: str
    value: float
    spare: float = MISSING


def _offset(sensor, rounds=2000):
    h = sensor.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 4 - 1


def calibrate(r: Reading) -> Reading:
    off = _offset(r.sensor)
    return replace(r, value=r.value + off) if off > 0 else r


def run():
    readings = [Reading(f"s{i}", float(i)) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(calibrate, readings))
    changed = [r.sensor for r, o in zip(out, readings) if r != o]
    return len(changed), changed


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
