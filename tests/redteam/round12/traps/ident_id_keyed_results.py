"""Hazard [`id()` of the record as a key]: `measure` returns `(id(part), weight)` so `run` can map results back with `{id(p): p}`; in a worker `id` is the address of a copy, so no result maps back (KeyError)."""
import hashlib
from typing import NamedTuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Part(NamedTuple):
    code: str
    size: int = 1


def measure(part):
    return id(part), _chain(part.code) * part.size


def run():
    parts = [Part(f"p{i}", 1 + i % 3) for i in range(16)]
    by_id = {id(p): p for p in parts}
    rows = []
    for part in parts:
        rows.append(measure(part))
    return [(by_id[i].code, w) for i, w in rows][:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
