"""Hazard [enum created locally]: `run` builds `Priority = Enum("Priority", ...)` from the loaded ranking; the functional API names the class after this module, where a pickler cannot find `Priority`, so the tasks cannot be sent."""
import enum
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Task:
    title: str
    priority: object


def _cost(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def estimate(t: Task) -> tuple:
    return t.title, t.priority.value * 10 + _cost(t.title) % 10


def run():
    Priority = enum.Enum("Priority", ["LOW", "NORMAL", "URGENT"])
    tasks = [Task(f"task{i}", list(Priority)[i % 3]) for i in range(16)]
    estimates = []
    for t in tasks:
        estimates.append(estimate(t))
    return estimates[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
