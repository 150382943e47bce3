"""Hazard [item holds a generator]: each `Stream` dataclass carries a generator of its chunks (`chunks: Iterator[bytes]`), which `checksum` drains; generators cannot be pickled."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass
from typing import Iterator


@dataclass
class Stream:
    name: str
    chunks: Iterator[bytes]


def _chunks(seed, n=4):
    for j in range(n):
        yield bytes([(seed + j) % 256]) * 256


def checksum(s: Stream) -> tuple:
    h = hashlib.sha256()
    for c in s.chunks:
        for _ in range(300):
            h.update(c)
    return s.name, h.hexdigest()[:8]


def run():
    streams = [Stream(f"s{i}", _chunks(i)) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        sums = list(executor.map(checksum, streams))
    return sums[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
