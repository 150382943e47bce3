"""Importing the module appends a line to a usage log in the working directory (a start-up
counter); every spawned worker re-imports the module, so the log counts extra starts."""
import hashlib
import os

with open(os.path.join(os.getcwd(), "usage.log"), "a") as _log:
    _log.write("module loaded\n")


def score(item):
    h = str(item).encode()
    for _ in range(15000):
        h = hashlib.sha256(h).digest()
    return h[0]


def main():
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        total = sum(ex.map(score, range(20)))
    with open("usage.log") as f:
        starts = len(f.readlines())
    os.remove("usage.log")
    return total, starts
