"""Hazard [a lock read by the body]: the manifest lines are formatted under `lock`, a `threading.Lock` the function shares with its threaded callers; outlined, the lock becomes an argument of the helper, and a process pool cannot pickle a lock."""
import hashlib
import threading
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def build_jobs(n):
    return [(f"pkg{i:02d}", 1000 + 37 * i) for i in range(n)]


def _work_item(item, lock, rounds):
    name, size = item
    digest = stretch(f"{name}:{size}", rounds)
    with lock:
        line = f"{name} {size} {digest}"
    return line


def run():
    jobs = build_jobs(16)
    lock = threading.Lock()
    rounds = 8000
    lines = []
    with ProcessPoolExecutor() as executor:
        lines.extend(executor.map(functools.partial(_work_item, lock=lock, rounds=rounds), jobs))
    return lines[0], len(lines)


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
