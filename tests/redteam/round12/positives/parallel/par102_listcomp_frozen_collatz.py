"""Positive PAR102: `[collatz_window(w) for w in windows]` over frozen-dataclass windows; the pure callee returns `(w.label, longest start, steps)`."""
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass(frozen=True)
class Window:
    label: str
    start: int = 1
    width: int = 1


def collatz_window(w):
    best, best_n = 0, w.start
    for n in range(w.start, w.start + w.width):
        k, steps = n, 0
        while k != 1:
            k = k // 2 if k % 2 == 0 else 3 * k + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return w.label, best_n, best


def main():
    windows = [Window(f"w{i:02}", 1 + 12000 * i, 12000) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(collatz_window, windows))
    return out
