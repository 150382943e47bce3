"""Hazard [lossy pickle of `field(compare=False)`]: `Asset.__getstate__` ships only the comparable fields (the rest "is recomputed"), so the `priority` that `run` assigns after loading never reaches the worker, which schedules every asset at priority 0."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass, field, fields


@dataclass
class Asset:
    path: str
    size: int
    priority: int = field(default=0, compare=False)

    def __getstate__(self):
        return {f.name: getattr(self, f.name) for f in fields(self) if f.compare}

    def __setstate__(self, state):
        self.__init__(**state)


def _digest(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:6]


def schedule(asset: Asset) -> tuple:
    slot = asset.size // 100 - asset.priority
    return asset.path, slot, _digest(asset.path)


def run():
    assets = [Asset(f"img/{i}.png", 100 * (i + 1)) for i in range(16)]
    for a in assets[::3]:
        a.priority = 5
    with ProcessPoolExecutor() as executor:
        plan = list(executor.map(schedule, assets))
    return [slot for _, slot, _ in plan]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
