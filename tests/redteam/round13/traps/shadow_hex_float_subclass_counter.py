"""Hazard [float subclass overriding `hex`]: `encode_reading(x)` calls `x.hex()`; some readings are `Reading` floats whose `hex` tallies into the module `collections.Counter` `HEXED`; `run` reports the tally, empty in the caller when encoded in workers."""
import collections
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


HEXED = collections.Counter()


class Reading(float):
    def hex(self):
        HEXED[round(self)] += 1
        return float.hex(self)


def encode_reading(x):
    return _chain(x.hex().encode())


def run():
    readings = [Reading(i / 4) if i % 3 == 0 else i / 4 for i in range(16)]
    encoded = []
    for x in readings:
        encoded.append(encode_reading(x))
    return sorted(HEXED.items()), sum(encoded)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
