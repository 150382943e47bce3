"""Hazard [iterable mutated during iteration]: `visit` appends children to the module worklist `QUEUE` being iterated, so the comprehension walks the whole tree; `executor.map` snapshots the one root."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

QUEUE = [("root", 0)]


def visit(name, depth):
    if depth < 3:
        QUEUE.append((name + "a", depth + 1))
        QUEUE.append((name + "b", depth + 1))
    return _digest(name, 2000)


def _run_item(item):
    name, depth = item
    return visit(name, depth)


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, QUEUE, chunksize=8))
    return len(out), out[-1]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
