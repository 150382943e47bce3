"""Hazard [metaclass side effects]: the metaclass counts instances as they are created;
instances built inside worker processes are never counted in the caller."""
import hashlib

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.created += 1
        return super().__call__(*args, **kwargs)


class Grid(metaclass=Counted):
    created = 0

    def __init__(self, seed: str):
        self.cells = _chain(seed, 30000)


def density(seed: str) -> int:
    return sum(bin(b).count("1") for b in Grid(seed).cells)


def main():
    seeds = [f"g{i}" for i in range(8)]
    d = [density(s) for s in seeds]
    return d, Grid.created
