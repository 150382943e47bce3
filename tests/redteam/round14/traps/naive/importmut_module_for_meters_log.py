"""Hazard [list constant filled by a module-level `for` loop]: after the int literal, `for _name in (...): SEEDS.append(Meter(_name))`; `sample(s)` calls `s.read()` on meters, which appends to `self.log`; `run` reports the meters' log lengths, empty in the caller when sampled in workers."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Meter:
    def __init__(self, name):
        self.name = name
        self.log = []

    def read(self):
        self.log.append(len(self.log))
        return self.name.encode()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127]
for _name in ("disk", "net", "cpu", "mem"):
    SEEDS.append(Meter(_name))


def sample(s):
    if isinstance(s, Meter):
        return _chain(s.read())
    return _chain(s.to_bytes(4, "big"))


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(sample, SEEDS))
    return out, [len(m.log) for m in SEEDS if isinstance(m, Meter)]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
