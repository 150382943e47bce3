"""Hazard [constant rebound at import with `SEEDS = SEEDS + [...]`]: two `Probe` objects are concatenated onto the int literal; `measure(s)` calls `s.sample()`, which counts in the class attribute `Probe.samples`; `run` reports it, 0 in the caller when measured in workers."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Probe:
    samples = 0

    def __init__(self, name):
        self.name = name

    def sample(self):
        Probe.samples += 1
        return self.name.encode()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149]
SEEDS = SEEDS + [Probe("disk"), Probe("net")]


def measure(s):
    if isinstance(s, Probe):
        return _chain(s.sample())
    return _chain(s.to_bytes(4, "big"))


def run():
    out = []
    for s in SEEDS:
        out.append(measure(s))
    return out, Probe.samples


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
