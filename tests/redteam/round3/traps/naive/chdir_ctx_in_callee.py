"""Hazard [process-wide cwd changed by the callee]: the callee enters each job's folder
with contextlib.chdir; on threads the cwd is shared, so writes land in the wrong folder."""
from concurrent.futures import ThreadPoolExecutor
import contextlib
import os
import tempfile
import time


def render(job: str) -> str:
    with contextlib.chdir(job):
        time.sleep(0.05)
        with open("out.txt", "a") as f:
            f.write(os.path.basename(job))
    return os.path.basename(job)


def main():
    root = tempfile.mkdtemp()
    jobs = []
    for i in range(4):
        p = os.path.join(root, f"job{i}")
        os.mkdir(p)
        jobs.append(p)
    with ThreadPoolExecutor() as ex:
        done = list(ex.map(render, jobs))
    counts = []
    for j in jobs:
        try:
            with open(os.path.join(j, "out.txt")) as f:
                counts.append(f.read() == os.path.basename(j))
        except FileNotFoundError:
            counts.append(False)
    return done, all(counts)
