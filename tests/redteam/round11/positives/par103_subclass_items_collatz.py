"""Positive PAR103: `steps += collatz_steps(w)` over instances of two subclasses of a frozen dataclass (class-level constants only, never changed at run time)."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Window:
    start: int
    length: int
    STRIDE = 1


class DenseWindow(Window):
    STRIDE = 1


class SparseWindow(Window):
    STRIDE = 3


def collatz_steps(w: Window) -> int:
    total = 0
    for k in range(w.start, w.start + w.length * w.STRIDE, w.STRIDE):
        while k != 1:
            k = k // 2 if k % 2 == 0 else 3 * k + 1
            total += 1
    return total


def main():
    windows = [(DenseWindow if i % 2 else SparseWindow)(100000 + 9000 * i, 6000) for i in range(16)]
    steps = 0
    for w in windows:
        steps += collatz_steps(w)
    return steps
