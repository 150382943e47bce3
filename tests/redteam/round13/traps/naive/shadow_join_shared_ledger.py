"""Hazard [`join` of a shared project object]: `post(sep, n)` calls `sep.join([...])`; every odd item passes the same `Ledger`, whose `join` records the parts in `self.rows`; `run` reports the ledger's row count, which only the workers' copies grow."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


class Ledger:
    def __init__(self):
        self.rows = []

    def join(self, parts):
        parts = list(parts)
        self.rows.append(parts)
        return "|".join(parts)


def post(sep, n):
    return _chain(sep.join([str(n), str(n * n)]).encode())


def run():
    ledger = Ledger()
    seps = [ledger if i % 2 else "|" for i in range(16)]
    with ProcessPoolExecutor() as executor:
        posted = list(executor.map(post, seps, range(len(seps))))
    return len(ledger.rows), sum(posted)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
