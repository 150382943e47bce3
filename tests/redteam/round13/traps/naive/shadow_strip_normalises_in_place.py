"""Hazard [`strip` of a project class mutates the item]: `clean(cell)` calls `cell.strip()`; `Cell.strip` normalises `self.text` in place (and returns it); `run` reports the cells' texts afterwards, still padded when stripped in workers."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


class Cell:
    def __init__(self, text):
        self.text = text

    def strip(self):
        self.text = self.text.strip()
        return self.text


def clean(cell):
    return _chain(cell.strip().encode())


def run():
    cells = [Cell(f"  c{i}  ") if i % 2 else f" s{i} " for i in range(16)]
    with ProcessPoolExecutor() as executor:
        cleaned = list(executor.map(clean, cells))
    return [c.text for c in cells if isinstance(c, Cell)], sum(cleaned)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
