"""Hazard [decorator state]: `@counted` keeps the number of calls in the wrapper's attribute `calls`, which `run` reports; workers count on their own wrappers."""
from concurrent.futures import ProcessPoolExecutor
import functools
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper


@counted
def score(a, b):
    return _digest(a + b)


def _run_item(item):
    a, b = item
    return score(a, b)


def run():
    pairs = [(f"a{i}", f"b{i}") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    return out[:2], score.calls


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
