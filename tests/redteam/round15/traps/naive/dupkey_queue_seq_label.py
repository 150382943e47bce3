"""Hazard [keys distinct only because values advance shared state the key reads]: `{t.label: render(t) for t in tickets}`; tickets share three `Queue` objects and `label` is `queue-name-seq`, while `render` advances `t.queue.seq`; sequentially the 16 labels are distinct; in the naive rewrite the caller's queues never advance (workers bump copies), so labels collide and the dict keeps 3 entries."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Queue:
    def __init__(self, name):
        self.name = name
        self.seq = 0


class Ticket:
    def __init__(self, queue, body):
        self.queue = queue
        self.body = body

    @property
    def label(self):
        return f"{self.queue.name}-{self.queue.seq}"


def render(t):
    t.queue.seq += 1
    return _stretch(f"{t.body}@{t.queue.seq}")


def run():
    queues = [Queue("ops"), Queue("dev"), Queue("sec")]
    tickets = [Ticket(queues[i % 3], f"issue {i * 17 % 29}") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(tickets)
        out = dict(zip((t.label for t in items), executor.map(render, items)))
    return len(out), sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
