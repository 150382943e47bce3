"""Hazard [per-thread trace hooks]: a coverage-style sys.settrace in the caller records the
lines the readers execute; pool threads run untraced."""
from concurrent.futures import ThreadPoolExecutor
import os
import sys
import tempfile
import time

LINES = set()


def _tracer(frame, event, arg):
    if frame.f_code.co_name == "load":
        if event == "line":
            LINES.add(frame.f_lineno - frame.f_code.co_firstlineno)
        return _tracer
    return None

def make_files(n: int) -> list:
    d = tempfile.mkdtemp()
    paths = []
    for i in range(n):
        p = os.path.join(d, f"part{i}.txt")
        with open(p, "w") as f:
            f.write(f"line {i}\n" * (i + 1))
        paths.append(p)
    return paths


def load(path: str) -> int:
    time.sleep(0.03)
    with open(path) as f:
        return len(f.read())


def main():
    paths = make_files(4)
    sys.settrace(_tracer)
    try:
        with ThreadPoolExecutor() as ex:
            sizes = list(ex.map(load, paths))
    finally:
        sys.settrace(None)
    return sizes, sorted(LINES)
