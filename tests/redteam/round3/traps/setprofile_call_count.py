"""Hazard [per-thread profile hooks]: sys.setprofile in the caller only profiles the
calling thread; calls made in pool threads are never counted."""
import os
import sys
import tempfile
import time

CALLS = {}


def _profile(frame, event, arg):
    if event == "call":
        name = frame.f_code.co_name
        CALLS[name] = CALLS.get(name, 0) + 1


def load(path: str) -> int:
    time.sleep(0.05)
    with open(path) as f:
        return len(f.read())


def main():
    d = tempfile.mkdtemp()
    paths = []
    for i in range(6):
        p = os.path.join(d, f"{i}.txt")
        with open(p, "w") as f:
            f.write("x" * (i + 1) * 10)
        paths.append(p)
    sys.setprofile(_profile)
    try:
        sizes = []
        for p in paths:
            sizes.append(load(p))
    finally:
        sys.setprofile(None)
    return sizes, CALLS.get("load", 0)
