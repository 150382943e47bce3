"""Hazard [plain method writes `os.environ`]: `Stage.checkpoint()` records the last finished stage in `os.environ["LAST_STAGE"]` (read by a subprocess launched later); `run` reports it, and a worker's environment is its own."""
import hashlib
import os
from dataclasses import dataclass

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Stage:
    name: str
    order: int = 0

    def checkpoint(self):
        os.environ["LAST_STAGE"] = self.name


def execute(stage):
    digest = _chain(stage.name)
    stage.checkpoint()
    return stage.name, digest


def run():
    os.environ.pop("LAST_STAGE", None)
    stages = [Stage(f"stage-{i:02}", i) for i in range(16)]
    out = []
    for stage in stages:
        out.append(execute(stage))
    return os.environ.get("LAST_STAGE", "none")

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
