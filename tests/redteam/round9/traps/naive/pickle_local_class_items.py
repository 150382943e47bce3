"""Hazard [items built from a class local to the function]: the readings are instances of a frozen dataclass defined inside `run()`, paired with their sequence numbers; the loop reads their fields in place, a process pool cannot pickle an instance of a local class."""
import dataclasses
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def _work_item(item, rounds):
    reading, seq = item
    calibrated = reading.value * 3 + seq
    digest = stretch(f"{reading.sensor}:{calibrated}", rounds)
    return (seq, reading.sensor, digest)


def run():
    @dataclasses.dataclass(frozen=True)
    class Reading:
        sensor: str
        value: int

    readings = [(Reading(f"s{i % 5}", i * 7), i) for i in range(16)]
    rounds = 8000
    report = []
    with ProcessPoolExecutor() as executor:
        report.extend(executor.map(functools.partial(_work_item, rounds=rounds), readings))
    return report[1], len(report)


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
