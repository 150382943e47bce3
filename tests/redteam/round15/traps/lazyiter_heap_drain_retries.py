"""Hazard [lazily drained priority queue that the callee pushes to]: `{name: process(prio, name) for prio, name in drain(TASKS)}`; `drain` pops the module-level heap until it is empty and `process` pushes a retry for low-priority tasks; the comprehension drains the retries too (more entries); the naive rewrite drains the heap up front and the workers push into their own heaps."""
import hashlib
import heapq

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


TASKS = []


def drain(heap):
    while heap:
        yield heapq.heappop(heap)


def process(prio, name):
    if prio < 4 and not name.endswith("+retry"):
        heapq.heappush(TASKS, (prio + 20, name + "+retry"))
    return _stretch(f"{prio}:{name}")


def run():
    TASKS[:] = [((i * 5) % 16, f"task{i:02d}") for i in range(16)]
    heapq.heapify(TASKS)
    out = {name: process(prio, name) for prio, name in drain(TASKS)}
    return len(out), sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
