"""Hazard [`__del__` on items]: `Lease.__del__` appends a release line to `leases.log` in the working directory; every copy unpickled in a worker is released there too, so the log ends with twice as many releases."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class Lease:
    def __init__(self, ident, holder):
        self.ident = ident
        self.holder = holder

    def __del__(self):
        with open("leases.log", "a") as fh:
            fh.write(f"released {self.ident}\n")


def _token(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def renew(lease: Lease) -> tuple:
    return lease.ident, _token(f"{lease.ident}:{lease.holder}")


def use_leases():
    leases = [Lease(f"L{i}", f"host{i % 4}") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        tokens = list(executor.map(renew, leases))
    return tokens


def run():
    open("leases.log", "w").close()
    tokens = use_leases()
    with open("leases.log") as fh:
        lines = fh.read().splitlines()
    return len(tokens), len(lines), len(set(lines))


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
