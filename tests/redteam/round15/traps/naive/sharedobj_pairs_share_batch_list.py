"""Hazard [pairs share one inner list that the callee drains]: `{name: drain_total(name, batch) for name, batch in jobs}`; jobs come in groups of four that share a `batch` list, and `drain_total` pops the items it processes; sequentially the first job of a group drains the batch and the other three see it empty; in the naive rewrite every worker receives its own full copy."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def drain_total(name, batch):
    total = 0
    while batch:
        total += batch.pop()
    return total, _stretch(f"{name}:{total}")


def _helper(item):
    name, batch = item
    return drain_total(name, batch)


def run():
    batches = [[g * 10 + k for k in range(6)] for g in range(4)]
    jobs = [(f"job{i:02d}", batches[i // 4]) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(jobs)
        out = dict(zip((name for name, batch in items), executor.map(_helper, items)))
    return sorted(out.items()), [len(b) for b in batches]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
