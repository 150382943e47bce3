"""Hazard [the iterable's function returns unpicklable items]: `open_accounts(n)` pairs each account name with its own `threading.Lock`; the work settles under the lock sequentially, a process pool cannot pickle the lock."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import threading


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def open_accounts(n):
    return [(f"acct{i}", threading.Lock()) for i in range(n)]


def settle(entry):
    name, lock = entry
    with lock:
        return name, _work(name)


def run():
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(settle, open_accounts(16)))
    return out[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
