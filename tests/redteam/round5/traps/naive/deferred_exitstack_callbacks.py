"""Hazard [deferred work registered by the callee]: convert() registers a cleanup on a module-level contextlib.ExitStack that the caller closes after the loop; under a pool the callbacks are registered in the workers and never run in the caller."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import contextlib
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


CLEANUP = contextlib.ExitStack()
REMOVED = []


def convert(name):
    out = _work(name)
    CLEANUP.callback(REMOVED.append, f"{name}.part")
    return out


def main():
    names = [f"video{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        converted = list(ex.map(convert, names))
    CLEANUP.close()
    return converted, REMOVED[:2], len(REMOVED)
