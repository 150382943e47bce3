"""Hazard [tuple field holding lists]: a frozen `Batch` holds `lines`, a tuple of lists (looks immutable); `normalise` appends a checksum to each line list in place, and `run` reports the batch lines, unchanged by a worker."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Batch:
    name: str
    lines: tuple = ()


def normalise(batch):
    c = _chain(batch.name)
    for line in batch.lines:
        line.append(c % 7)
    return batch.name, c


def run():
    batches = [Batch(f"b{i}", ([i], [i + 1])) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(normalise, batches))
    return [b.lines for b in batches[:3]]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
