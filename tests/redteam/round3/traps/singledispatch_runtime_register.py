"""Hazard [runtime registries: singledispatch]: main() registers an implementation for
Decimal at run time; dispatched in workers, the call falls back to the generic version."""
import functools
import hashlib
from decimal import Decimal

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


@functools.singledispatch
def render(value) -> str:
    return f"generic:{value!r}"


def cost(value) -> str:
    d = _chain(str(value)).hex()[:4]
    return f"{render(value)}/{d}"


def main():
    @render.register
    def _(value: Decimal) -> str:
        return f"money:{value:.2f}"

    values = [Decimal("1.5"), Decimal("2.25"), Decimal("10"), Decimal("0.1")]
    return [cost(v) for v in values]
