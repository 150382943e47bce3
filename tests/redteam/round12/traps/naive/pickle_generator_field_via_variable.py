"""Hazard [generator in a record field]: every `Batch` draws ids from the shared generator `ids` created in `run`; `label` calls `next(batch.ids)`. Generators cannot be pickled (and sharing it matters)."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from collections import namedtuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Batch = namedtuple("Batch", "name ids")


def label(batch):
    return batch.name, next(batch.ids), _chain(batch.name)


def run():
    ids = (1000 + k for k in range(100))
    batches = [Batch(f"b{i}", ids) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(label, batches))
    return out[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
