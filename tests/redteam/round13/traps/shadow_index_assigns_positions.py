"""Hazard [`index` of a project class assigns positions in a module dict]: `locate(shelf)` calls `shelf.index("a")`; the items mix str and `Shelf` objects whose `index` assigns a position through `POSITIONS.setdefault`; `run` returns the position table, empty in the caller when workers fill their own."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


POSITIONS = {}


class Shelf:
    def __init__(self, sku):
        self.sku = sku

    def index(self, item):
        return POSITIONS.setdefault((self.sku, item), len(POSITIONS))


def locate(shelf):
    pos = shelf.index("a")
    return pos, _chain(pos)


def run():
    shelves = [Shelf(f"sku{i}") if i % 2 else "banana"[: 2 + i % 4] for i in range(16)]
    spots = []
    for shelf in shelves:
        spots.append(locate(shelf))
    return sorted(POSITIONS.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
