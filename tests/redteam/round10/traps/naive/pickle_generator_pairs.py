"""Hazard [items do not pickle]: each pair holds a generator of readings that `consume` drains; generators do not pickle."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def make_streams():
    return [(f"s{i}", (j * i for j in range(5))) for i in range(16)]


def consume(name, readings):
    return _digest(f"{name}:{sum(readings)}")


def _run_item(item):
    name, readings = item
    return consume(name, readings)


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, make_streams(), chunksize=8))
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
