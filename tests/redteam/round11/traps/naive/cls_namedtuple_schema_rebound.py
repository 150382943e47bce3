"""Hazard [namedtuple rebound at run time]: `enable_3d()` rebinds the module's `Point` to a three-field namedtuple before the loop; `project` builds `Point(x, y, z)`, which a worker's import-time two-field `Point` rejects (TypeError)."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from collections import namedtuple
from dataclasses import dataclass

Point = namedtuple("Point", "x y")


def enable_3d():
    global Point
    Point = namedtuple("Point", "x y z", defaults=(0,))


@dataclass(frozen=True)
class Sample:
    name: str
    seed: int


def _coord(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0], h[1], h[2]


def project(s: Sample):
    return Point(*_coord(f"{s.name}:{s.seed}"))


def run():
    enable_3d()
    samples = [Sample(f"s{i}", i * 3) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        points = list(executor.map(project, samples))
    return [tuple(p) for p in points[:3]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
