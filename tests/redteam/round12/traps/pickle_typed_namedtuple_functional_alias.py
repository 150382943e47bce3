"""Hazard [functional `typing.NamedTuple` under another name]: `Point = NamedTuple("Pt", [...])` is named `Pt`, but the module only binds `Point`; pickle cannot find `module.Pt`."""
import hashlib
from typing import NamedTuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Point = NamedTuple("Pt", [("name", str), ("x", int)])


def place(p):
    return p.name, _chain(p.name) + p.x


def run():
    pts = [Point(f"p{i}", i) for i in range(16)]
    out = []
    for p in pts:
        out.append(place(p))
    return out[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
