"""Hazard [signal delivered to the main thread]: a SIGALRM budget for the whole batch
interrupts the reads part-way and the finished ones are kept; with the reads on threads
the alarm hits the waiting caller and nothing is kept."""
import os
import signal
import tempfile
import time


class Budget(Exception):
    pass


def _expire(signum, frame):
    raise Budget()


def load(path: str) -> int:
    time.sleep(0.05)
    with open(path) as f:
        return len(f.read())


def main():
    d = tempfile.mkdtemp()
    paths = []
    for i in range(8):
        p = os.path.join(d, f"{i}")
        with open(p, "w") as f:
            f.write("y" * i)
        paths.append(p)
    signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, 0.175)
    out = []
    try:
        for p in paths:
            out.append(load(p))
    except Budget:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return out
