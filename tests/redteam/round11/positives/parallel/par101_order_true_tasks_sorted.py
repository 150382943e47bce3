"""Positive PAR101: `@dataclass(order=True)` tasks (sort key first, `field(compare=False)` payload) are scored with `scored.append(score(task))` and the `(task.priority, task.name, score)` results sorted afterwards."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    name: str
    payload: str = field(compare=False, default="")


def score(task: Task) -> tuple:
    key = hashlib.pbkdf2_hmac("sha256", task.payload.encode(), task.name.encode(), 180000)
    return task.priority, task.name, int.from_bytes(key[:3], "big")


def main():
    tasks = [Task(i % 4, f"task{i:02}", f"payload {i * i}") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        scored = list(executor.map(score, tasks))
    return sorted(scored)
