"""Hazard [generator with effects read by the callee]: `load()` appends each record to the module list `LOADED` as it yields it, and `stamp(n)` stamps the record with `len(LOADED)` (how many have been read so far); in a worker `LOADED` is empty, and the map reads everything first anyway."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


LOADED = []


def load():
    for i in range(16):
        LOADED.append(i)
        yield i * 13


def stamp(n):
    return len(LOADED), _chain(n.to_bytes(2, "big"))


def run():
    stamped = []
    for n in load():
        stamped.append(stamp(n))
    return [s for s, _ in stamped]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
