"""Hazard [NamedTuple default shared by all instances]: `Record.tags: list = []` is one list object used by every record built without tags; `tag` appends to `rec.tags`, and `run` reports the shared default, which workers append to their own copies of."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from typing import NamedTuple


class Record(NamedTuple):
    key: str
    size: int
    tags: list = []


def _digest(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def tag(rec: Record) -> tuple:
    big = _digest(rec.key)[0] > 100 or rec.size > 50
    if big:
        rec.tags.append(rec.key)
    return rec.key, big


def run():
    records = [Record(f"k{i}", i * 7) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        flags = list(executor.map(tag, records))
    return sum(b for _, b in flags), len(Record._field_defaults["tags"])


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
