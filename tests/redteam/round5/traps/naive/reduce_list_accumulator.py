"""Hazard [reduction accumulator that is not a number]: `rows += parse(batch)` concatenates lists; the reduction rewrite with sum() starts from 0 and raises TypeError."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def parse(batch):
    return [f"{batch}-{_work(batch)}", batch.upper()]


def main():
    batches = [f"b{i}" for i in range(16)]
    rows = []
    with ProcessPoolExecutor() as ex:
        rows += sum(ex.map(parse, batches))
    return len(rows), rows[:3]
