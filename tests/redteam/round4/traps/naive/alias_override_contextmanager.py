"""Hazard [aliased module state]: the loop runs inside `with override(mode=...)`, a context manager that
temporarily edits module-level SETTINGS; workers see the import-time SETTINGS."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import contextlib
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

SETTINGS = {"mode": "fast"}


@contextlib.contextmanager
def override(**kw):
    old = dict(SETTINGS)
    SETTINGS.update(kw)
    try:
        yield
    finally:
        SETTINGS.clear()
        SETTINGS.update(old)


def score(x: str) -> str:
    return _work(SETTINGS["mode"] + x)


def main():
    items = [f"item{i}" for i in range(16)]
    with override(mode="exact"):
        with ProcessPoolExecutor() as ex:
            results = list(ex.map(score, items))
    return results
