"""Hazard [context variable read through an indirect call]: the reader tags each result
with the tenant from a context variable, reached through a hook table; pool threads run
in a fresh context and see the default."""
from concurrent.futures import ThreadPoolExecutor
import contextvars
import os
import tempfile
import time

_tenant = contextvars.ContextVar("tenant", default="none")
HOOKS = {"tenant": _tenant.get}

def make_files(n: int) -> list:
    d = tempfile.mkdtemp()
    paths = []
    for i in range(n):
        p = os.path.join(d, f"part{i}.txt")
        with open(p, "w") as f:
            f.write(f"line {i}\n" * (i + 1))
        paths.append(p)
    return paths


def load(path: str) -> str:
    time.sleep(0.05)
    with open(path) as f:
        n = len(f.read())
    return f"{HOOKS['tenant']()}:{n}"


def main():
    _tenant.set("acme")
    paths = make_files(4)
    with ThreadPoolExecutor() as ex:
        sizes = list(ex.map(load, paths))
    return sizes
