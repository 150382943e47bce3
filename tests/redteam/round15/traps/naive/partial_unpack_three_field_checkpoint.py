"""Hazard [unpacking error part-way; the callee's checkpoints show how far it got]: `{name: checkpoint(name, step) for name, step in plan}`; item 7 of `plan` has three fields (ValueError on unpacking), `checkpoint` writes `<name>.ckpt`, and `run` catches the error and reports whether `model08.ckpt` was written; sequentially the comprehension stops at item 7; the naive rewrite has already handed the items after 7 that are in flight to workers, which checkpoint them."""
import hashlib
from concurrent.futures import ProcessPoolExecutor
import os

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def checkpoint(name, step):
    state = _stretch(f"{name}:{step}")
    with open(f"{name}.ckpt", "w") as fh:
        fh.write(state)
    return state


def _helper(item):
    name, step = item
    return checkpoint(name, step)


def run():
    plan = [(f"model{i:02d}", 10 * i) for i in range(16)]
    plan[7] = ("model07", 70, "resume")
    try:
        with ProcessPoolExecutor() as executor:
            items = list(plan)
            out = dict(zip((name for name, step in items), executor.map(_helper, items)))
    except ValueError as e:
        out = {"error": str(e)}
    return len(out), os.path.exists("model07.ckpt"), os.path.exists("model08.ckpt")


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
