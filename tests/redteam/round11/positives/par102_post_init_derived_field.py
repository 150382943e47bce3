"""Positive PAR102: `[fingerprint(spec) for spec in specs]` over dataclasses whose `__post_init__` only derives a tuple field from the others (no side effects); results `(spec.name, digest)`."""
import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Spec:
    name: str
    width: int
    height: int
    dims: tuple = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "dims", (self.width, self.height, self.width * self.height))


def fingerprint(spec: Spec) -> tuple:
    h = repr(spec.dims).encode() + spec.name.encode()
    for _ in range(180000):
        h = hashlib.sha256(h).digest()
    return spec.name, h.hex()[:10]


def main():
    specs = [Spec(f"panel{i}", 10 + i, 20 + 2 * i) for i in range(16)]
    prints = [fingerprint(spec) for spec in specs]
    return prints
