"""Hazard [items do not pickle]: each account pair carries the `threading.Lock` guarding it; `settle(name, lock)` takes the lock, a worker cannot receive it."""
from concurrent.futures import ProcessPoolExecutor
import threading
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def make_accounts():
    return [(f"acct{i}", threading.Lock()) for i in range(16)]


def settle(name, lock):
    with lock:
        return _digest(name)


def _run_item(item):
    name, lock = item
    return settle(name, lock)


def run():
    accounts = make_accounts()
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, accounts, chunksize=8))
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
