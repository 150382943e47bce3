"""Hazard [constant extended at import under an environment flag]: `SEEDS = SEEDS + [...]` runs at import only when `R14_SEEDS_EXTENDED` is set; `run` sets it (for the child tools it launches) after import; spawned workers inherit the variable, re-import the module with 20 seeds, and `weight(s)` divides by `len(SEEDS)`."""
import hashlib
import os
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151, 163]
if os.environ.get("R14_SEEDS_EXTENDED") == "1":
    SEEDS = SEEDS + [173, 181, 191, 193]


def weight(s):
    return _chain(f"{s}/{len(SEEDS)}")


def run():
    os.environ["R14_SEEDS_EXTENDED"] = "1"
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(weight, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
