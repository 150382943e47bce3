"""Hazard [lazy iterable]: `tasks()` keeps yielding while `BUDGET["left"]` is positive, and `run_task` spends the budget; `executor.map` drains the generator before any task runs, up to its cap of 40."""
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


def run():
    out = [run_task(name, rounds) for name, rounds in tasks()]
    return len(out), out[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
