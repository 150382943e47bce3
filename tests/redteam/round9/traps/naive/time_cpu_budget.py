"""Hazard [a CPU-time budget measured with `time.process_time()`]: after an expensive preparation, the caller gives the batch 0.1 s of CPU from `start = time.process_time()` and the body defers the jobs met once the budget is spent (3 to 5 of the 16 run, each ~30 ms); outlined, `start` is compared with each worker's own process clock, which is far below it (the preparation ran in the caller only), so every job runs."""
import hashlib
import time
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def prepare(n):
    index = stretch("warm-up index", 700000)
    return [(f"job{i:02d}", index) for i in range(n)]


def _work_item(item, start, budget, rounds):
    name, index = item
    if time.process_time() - start > budget:
        return (name, "deferred")
    result = stretch(f"{index}:{name}", rounds)
    return (name, result)


def main():
    jobs = prepare(16)
    start = time.process_time()
    budget = 0.1
    rounds = 40000
    outcomes = []
    with ProcessPoolExecutor() as executor:
        outcomes.extend(executor.map(functools.partial(_work_item, start=start, budget=budget, rounds=rounds), jobs))
    ran = sum(r != "deferred" for _, r in outcomes)
    return "partial" if ran < len(outcomes) else "complete"
