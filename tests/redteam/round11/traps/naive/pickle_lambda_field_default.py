"""Hazard [item holds a lambda]: `Column.normalize` defaults to `field(default=lambda s: s.strip().lower())`, stored on every instance; a lambda pickles by the name `<lambda>`, which cannot be found, so the columns cannot be sent."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Column:
    name: str
    values: tuple
    normalize: Callable = field(default=lambda s: s.strip().lower(), repr=False, compare=False)


def _digest(text, rounds=500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:6]


def profile(col: Column) -> tuple:
    return col.name, sorted({_digest(col.normalize(v)) for v in col.values})[:2]


def run():
    columns = [Column(f"c{i}", (f" A{i} ", f"a{i}", f"B{i}")) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        profiles = list(executor.map(profile, columns))
    return profiles[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
