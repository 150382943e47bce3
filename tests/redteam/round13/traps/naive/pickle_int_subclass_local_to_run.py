"""Hazard [int subclass defined inside `run`]: the items are instances of `Port(int)`, a class created inside `run` (with a `__repr__` for reports); `probe(p)` calls `p.to_bytes(2, "big")`; a class local to a function cannot be pickled to a worker."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def probe(p):
    return _chain(p.to_bytes(2, "big"))


def run():
    class Port(int):
        def __repr__(self):
            return f"port:{int(self)}"

    ports = [Port(8000 + i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        probed = list(executor.map(probe, ports))
    return sum(probed)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
