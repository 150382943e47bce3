"""OVERRIDES is resolved against the working directory at import time; main() then switches into
a workspace, and spawned workers (which start in that workspace) re-resolve it there and find overrides."""
import hashlib
import os
import tempfile

OVERRIDES = os.path.join(os.getcwd(), "overrides")


def weight(name):
    path = os.path.join(OVERRIDES, name)
    base = 1
    if os.path.exists(path):
        with open(path) as f:
            base = int(f.read())
    h = name.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    return base * h[0]


def main():
    start = os.getcwd()
    with tempfile.TemporaryDirectory() as ws:
        os.makedirs(os.path.join(ws, "overrides"))
        for i in range(0, 20, 2):
            with open(os.path.join(ws, "overrides", f"item{i}"), "w") as f:
                f.write("10")
        os.chdir(ws)
        try:
            names = [f"item{i}" for i in range(20)]
            import concurrent.futures
            with concurrent.futures.ProcessPoolExecutor() as ex:
                total = sum(ex.map(weight, names))
        finally:
            os.chdir(start)
    return total
