"""Hazard [NamedTuple default list shared by fresh records]: `Line.notes` defaults to `[]` (one list for all instances); `expand` builds fresh `Line(sku)` records and appends to their notes, and `run` reads the class default through a new `Line("probe").notes`, which stays empty when expansion ran in workers."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from typing import NamedTuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Line(NamedTuple):
    sku: str
    notes: list = []


def expand(code):
    line = Line(code)
    line.notes.append(_chain(code) % 10)
    return code, len(line.notes)


def run():
    codes = [f"sku-{i}" for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(expand, codes))
    return len(Line("probe").notes)

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
