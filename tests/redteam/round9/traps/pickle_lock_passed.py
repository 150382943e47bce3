"""Hazard [a lock read by the body]: the manifest lines are formatted under `lock`, a `threading.Lock` the function shares with its threaded callers; outlined, the lock becomes an argument of the helper, and a process pool cannot pickle a lock."""
import hashlib
import threading


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def build_jobs(n):
    return [(f"pkg{i:02d}", 1000 + 37 * i) for i in range(n)]


def run():
    jobs = build_jobs(16)
    lock = threading.Lock()
    rounds = 8000
    lines = []
    for name, size in jobs:
        digest = stretch(f"{name}:{size}", rounds)
        with lock:
            line = f"{name} {size} {digest}"
        lines.append(line)
    return lines[0], len(lines)


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
