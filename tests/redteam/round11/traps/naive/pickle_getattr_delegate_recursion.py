"""Hazard [`__getattr__` delegation in results]: `build` returns its artifact wrapped in `Tracked`, which forwards unknown attributes to `self._inner`; unpickling looks up `__setstate__` on an instance whose `_inner` is not set yet, and the delegation recurses until RecursionError."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Spec:
    name: str
    rounds: int


@dataclass(frozen=True)
class Artifact:
    name: str
    digest: str


class Tracked:
    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, attr):
        return getattr(self._inner, attr)


def _digest(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def build(spec: Spec) -> Tracked:
    return Tracked(Artifact(spec.name, _digest(spec.name, spec.rounds)))


def run():
    specs = [Spec(f"target{i}", 500 + 100 * i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        built = list(executor.map(build, specs))
    return [(a.name, a.digest) for a in built[:2]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
