"""Calibration of parallelize: what a pool costs on this machine, with the project's modules.

Run by ``propose`` with the project's interpreter in the test sandbox, from the project
directory::

    python parallelize_calibrate.py OUT.json PROCESS_WORKERS THREAD_WORKERS MODULE...

The modules (those of the process-pool rewrites) are imported first, as the program that runs
the loop has done. For each pool kind it then measures the fixed cost (start the pool under the
start method in force, have every worker import the modules -- free for a forked worker, which
inherits them; a spawned one imports them again --, shut the pool down) and the cost of one round
trip (a trivial task, chunksize 1), each the best of three, and writes them to OUT.json.
"""

import importlib
import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

TASKS = 300


def _import_all(modules):
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # a module that cannot be imported alone costs nothing here
            pass
    return os.getpid()


def _noop(x):
    return x


def _run(pool, workers, modules, tasks):
    started = time.perf_counter()
    with pool(max_workers=workers) as executor:
        list(executor.map(_import_all, [modules] * workers))
        if tasks:
            list(executor.map(_noop, range(tasks)))
    return time.perf_counter() - started


def measure(pool, workers, modules):
    fixed = min(_run(pool, workers, modules, 0) for _ in range(3))
    loaded = min(_run(pool, workers, modules, TASKS) for _ in range(3))
    return {
        "workers": workers,
        "fixed_seconds": fixed,
        "seconds_per_task": max(loaded - fixed, 0.0) / TASKS,
    }


def main():
    out, process_workers, thread_workers, *modules = sys.argv[1:]
    sys.path.insert(0, os.getcwd())
    _import_all(modules)
    result = {
        "python": sys.version.split()[0],
        "start_method": multiprocessing.get_start_method(),
        "cpus": os.cpu_count() or 1,
        "process": measure(ProcessPoolExecutor, int(process_workers), modules),
        "thread": measure(ThreadPoolExecutor, int(thread_workers), modules),
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
