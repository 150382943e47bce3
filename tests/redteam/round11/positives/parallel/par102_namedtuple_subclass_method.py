"""Positive PAR102: `[energy(shape) for shape in shapes]` over a `namedtuple` subclass with a pure `area()` method (no `__new__` override); `energy` relaxes a grid sized by the shape."""
from concurrent.futures import ProcessPoolExecutor
from collections import namedtuple


class Rect(namedtuple("Rect", "name w h")):
    __slots__ = ()

    def area(self):
        return self.w * self.h


def energy(shape: Rect) -> tuple:
    w, h = shape.w, shape.h
    grid = [[(x * 7 + y * 3) % 11 for x in range(w)] for y in range(h)]
    for _ in range(70):
        grid = [[(grid[y][x] + grid[y][(x + 1) % w] + grid[(y + 1) % h][x]) % 97 for x in range(w)] for y in range(h)]
    return shape.name, shape.area(), sum(map(sum, grid))


def main():
    shapes = [Rect(f"r{i}", 60 + i, 50 + 2 * (i % 5)) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        energies = list(executor.map(energy, shapes))
    return energies
