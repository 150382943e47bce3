"""Hazard [mutable class attribute inherited]: `Task.seen` is one list on the base class, shared by every `BuildTask`/`TestTask` instance; `perform` records `self.seen.append(...)`, and `run` reports `Task.seen`, which only workers' classes receive."""
import hashlib


class Task:
    seen = []

    def __init__(self, name):
        self.name = name

    def record(self, digest):
        self.seen.append((self.name, digest))


class BuildTask(Task):
    kind = "build"


class TestTask(Task):
    kind = "test"


def _digest(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:6]


def perform(task: Task) -> tuple:
    d = _digest(f"{task.kind}:{task.name}")
    task.record(d)
    return task.name, d


def run():
    tasks = [(BuildTask if i % 2 else TestTask)(f"t{i}") for i in range(16)]
    out = []
    for t in tasks:
        out.append(perform(t))
    return len(Task.seen), out[0]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
