"""Hazard [key object mutated in place by the callee]: `{p: survey(p) for p in points}`; `Point` compares and hashes on its coordinates and `survey` snaps the point it is given to the 10-unit grid; sequentially the keys are snapped (lookups by the raw coordinates miss, by the snapped ones hit); in the naive rewrite only worker copies are snapped."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


def survey(p):
    p.x, p.y = round(p.x, -1), round(p.y, -1)
    return _stretch(f"{p.x},{p.y}")


def run():
    raw = [(13 + 7 * i, 91 - 5 * i) for i in range(16)]
    points = [Point(x, y) for x, y in raw]
    with ProcessPoolExecutor() as executor:
        items = list(points)
        out = dict(zip((p for p in items), executor.map(survey, items)))
    raw_hits = sum(Point(x, y) in out for x, y in raw)
    grid_hits = sum(Point(round(x, -1), round(y, -1)) in out for x, y in raw)
    return raw_hits, grid_hits, sorted(out.values())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
