"""Hazard [`itertools.groupby` groups are only valid until the next group]: `{user: summarize(list(events)) for user, events in groupby(log, key=itemgetter(0))}`; the comprehension consumes each group before advancing; the naive rewrite's `list(groupby(...))` advances past every group first, so each group a worker receives is empty."""
import hashlib
from itertools import groupby
from operator import itemgetter

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def summarize(events):
    total = sum(size for _, size in events)
    return len(events), _stretch(f"{len(events)}:{total}")


def run():
    users = ["ana", "bo", "cy", "di", "ed", "flo", "gus", "hal", "ivy", "jo", "kai", "lu", "mo", "ned", "oz", "pia"]
    log = [(u, 100 + (i * 31 + j * 7) % 90) for i, u in enumerate(users) for j in range(1 + i % 3)]
    out = {user: summarize(list(events)) for user, events in groupby(log, key=itemgetter(0))}
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
