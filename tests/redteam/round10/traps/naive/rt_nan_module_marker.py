"""Hazard [copies not identical]: missing readings are the module constant `MISSING = float("nan")`, checked with `is`; a pickled copy is a new NaN, so the worker classifies it as corrupt."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

MISSING = float("nan")


def readings():
    return [(f"sensor{i}", MISSING if i % 3 == 0 else float(i)) for i in range(15)]


def calibrate(name, value):
    if value is MISSING:
        return "missing"
    if value != value:
        return "corrupt"
    return _digest(f"{name}{value}")


def _run_item(item):
    name, value = item
    return calibrate(name, value)


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, readings(), chunksize=8))
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
