"""Each fetch writes a line to one shared log file when it completes; sequentially the log is
in input order, in a thread pool it is in completion order (the slow first item lands last)."""
import itertools
import os
import tempfile
import time


def fetch(name, log):
    time.sleep(0.06 if name == "a0" else 0.01)  # blocking request
    log.write(f"fetched {name}\n")
    return name


def main():
    names = [f"a{i}" for i in range(20)]
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "fetch.log")
        with open(path, "w") as log:
            import concurrent.futures
            with concurrent.futures.ThreadPoolExecutor() as ex:
                fetched = list(ex.map(fetch, names, itertools.repeat(log)))
        with open(path) as f:
            lines = [line.split()[1] for line in f]
    return lines == fetched, lines[0]
