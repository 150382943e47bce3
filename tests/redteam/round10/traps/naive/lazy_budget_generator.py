"""Hazard [lazy iterable]: `tasks()` keeps yielding while `BUDGET["left"]` is positive, and `run_task` spends the budget; `executor.map` drains the generator before any task runs, up to its cap of 40."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

BUDGET = {"left": 40000}


def tasks():
    i = 0
    while BUDGET["left"] > 0 and i < 40:
        yield f"t{i}", 3000
        i += 1


def run_task(name, rounds):
    BUDGET["left"] -= rounds
    return _digest(name, rounds)


def _run_item(item):
    name, rounds = item
    return run_task(name, rounds)


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, tasks(), chunksize=8))
    return len(out), out[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
