"""Hazard [partial side effects before an exception]: `zip(..., strict=True)` raises when `ys` runs short, after `check` recorded the first 12 items in `DONE`; the naive map raises while submitting and records nothing in the parent."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

DONE = []


def check(x, y):
    DONE.append(x)
    return _digest(f"{x}{y}")


def _run_item(item):
    x, y = item
    return check(x, y)


def run():
    xs = [f"x{i}" for i in range(13)]
    ys = [f"y{i}" for i in range(12)]
    try:
        with ProcessPoolExecutor() as executor:
            out = list(executor.map(_run_item, zip(xs, ys, strict=True), chunksize=8))
    except ValueError:
        return "short", len(DONE)
    return "ok", out[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
