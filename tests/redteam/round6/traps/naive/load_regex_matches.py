"""Hazard [items produced by a module function are `re.Match` objects]: `load_tokens()` returns `finditer` matches; the callee reads `group()` and `start()` inline, but matches cannot be pickled for a process pool."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import re

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

TOKEN = re.compile(r"[a-z]+\d+")


def load_tokens():
    text = " ".join(f"item{i}" for i in range(16))
    return list(TOKEN.finditer(text))


def score(m):
    return m.group(0), m.start(), _work(m.group(0))


def run():
    with ProcessPoolExecutor() as ex:
        scored = list(ex.map(score, load_tokens()))
    return scored


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
