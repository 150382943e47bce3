"""Hazard [multiprocessing lock passed as an argument]: the callee appends to a shared log file under a `multiprocessing.Lock`; the lock cannot travel through the pool's call queue and every call fails."""
import hashlib
import multiprocessing

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def write_entry(name, lock):
    d = _work(name)
    with lock:
        with open("ledger.log", "a") as f:
            f.write(f"{name} {d}\n")
    return d


def run():
    lock = multiprocessing.Lock()
    names = [f"tx{i}" for i in range(16)]
    out = []
    for n in names:
        out.append(write_entry(n, lock))
    with open("ledger.log") as f:
        lines = f.read().splitlines()
    return out[:2], len(lines)


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
