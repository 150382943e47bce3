"""Hazard [ChainMap values looked up lazily while the callee writes the front layer]: `{stage: tune(stage, level) for stage, level in SETTINGS.items()}`; `SETTINGS = ChainMap(OVERRIDES, DEFAULTS)` and `tune` escalates the next stage by writing `OVERRIDES[next] = level + 1`; the items view looks each value up when it is reached, so escalations cascade; the naive rewrite reads all levels up front and workers write their own `OVERRIDES`."""
import hashlib
from collections import ChainMap

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


STAGES = [f"stage{i:02d}" for i in range(16)]
DEFAULTS = {s: 1 + i % 3 for i, s in enumerate(STAGES)}
OVERRIDES = {}
SETTINGS = ChainMap(OVERRIDES, DEFAULTS)


def tune(stage, level):
    i = STAGES.index(stage)
    if i + 1 < len(STAGES) and level >= 2:
        OVERRIDES[STAGES[i + 1]] = level + 1
    return level, _stretch(f"{stage}@{level}")


def run():
    out = {stage: tune(stage, level) for stage, level in SETTINGS.items()}
    return sorted(out.items()), sorted(OVERRIDES.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
