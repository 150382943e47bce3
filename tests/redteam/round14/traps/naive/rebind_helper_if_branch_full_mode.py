"""Hazard [constant rebound in an `if` branch of a helper]: `configure("full")` (called by `run`) rebinds `SEEDS = SEEDS + [...]` only in full mode; `weight(s)` divides by `len(SEEDS)`; workers never ran `configure` and see 12 seeds."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127]
MODE = "fast"


def configure(mode):
    global SEEDS, MODE
    MODE = mode
    if mode == "full":
        SEEDS = SEEDS + [131, 149, 151, 163]


def weight(s):
    w = s * 100 // len(SEEDS)
    return w, _chain(w.to_bytes(4, "big"))


def run():
    configure("full")
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(weight, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
