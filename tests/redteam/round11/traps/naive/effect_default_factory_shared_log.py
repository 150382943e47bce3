"""Hazard [`default_factory` returning a shared list]: `Step.log` defaults to `field(default_factory=_shared_log)`, which hands every step the module list `RUN_LOG`; `perform` appends to `step.log`, and `run` reports `RUN_LOG`, which only workers' copies receive."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass, field

RUN_LOG = []


def _shared_log():
    return RUN_LOG


@dataclass
class Step:
    name: str
    weight: int
    log: list = field(default_factory=_shared_log, repr=False)


def _digest(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:6]


def perform(step: Step) -> tuple:
    d = _digest(f"{step.name}/{step.weight}")
    step.log.append(f"{step.name} done")
    return step.name, d


def run():
    steps = [Step(f"step{i}", i % 5) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        done = list(executor.map(perform, steps))
    return len(RUN_LOG), RUN_LOG[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
