"""Hazard [per-thread recursion depth]: a document nested right at the recursion limit
parses on the main thread but not in a pool thread, whose stack already holds the
executor's frames."""
from concurrent.futures import ThreadPoolExecutor
import json
import os
import sys
import tempfile
import time

DEPTH = 192


def make_files(n: int, depth: int) -> list:
    d = tempfile.mkdtemp()
    paths = []
    for i in range(n):
        p = os.path.join(d, f"deep{i}.json")
        with open(p, "w") as f:
            f.write("[" * depth + str(i) + "]" * depth)
        paths.append(p)
    return paths


def load(path: str) -> str:
    time.sleep(0.02)
    with open(path) as f:
        text = f.read()
    try:
        json.loads(text)
        return "ok"
    except RecursionError:
        return "too deep"


def main():
    sys.setrecursionlimit(200)
    paths = make_files(3, DEPTH)
    with ThreadPoolExecutor() as ex:
        sizes = list(ex.map(load, paths))
    return sizes
