"""Hazard [destructive reads]: each job reads its ticket and then removes it, so a
duplicated ticket is handled once; read concurrently, both copies see the file."""
import os
import tempfile
import time


def load(path: str) -> str:
    try:
        with open(path) as f:
            body = f.read()
    except FileNotFoundError:
        return "already handled"
    time.sleep(0.05)
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
    return body


def main():
    d = tempfile.mkdtemp()
    for i in range(3):
        with open(os.path.join(d, f"t{i}"), "w") as f:
            f.write(f"ticket {i}")
    paths = [os.path.join(d, n) for n in ["t0", "t1", "t0", "t2", "t1"]]
    out = []
    for p in paths:
        out.append(load(p))
    return out
