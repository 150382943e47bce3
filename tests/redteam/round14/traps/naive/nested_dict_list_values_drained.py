"""Hazard [dict constant with list values drained by the callee]: `QUEUES = {"api": [3, 5, 7], ...}`; `drain(q)` pops every job from the list; `run` reports the jobs left, 0 in the caller sequentially and all of them when drained in workers."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


QUEUES = {"api": [3, 5, 7], "batch": [2, 4], "cron": [9], "db": [1, 8, 6], "edge": [5], "feed": [7, 7],
          "gate": [3], "hub": [4, 1], "ingest": [2, 2, 2], "jobs": [6], "kv": [8, 3], "log": [1],
          "mail": [9, 9], "node": [5, 4], "ops": [2], "proxy": [6, 1]}


def drain(q):
    acc = []
    while q:
        acc.append(_chain(q.pop().to_bytes(2, "big")))
    return acc


def run():
    with ProcessPoolExecutor() as executor:
        out = dict(zip(QUEUES, executor.map(drain, QUEUES.values())))
    return sorted(out.items()), sum(len(q) for q in QUEUES.values())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
