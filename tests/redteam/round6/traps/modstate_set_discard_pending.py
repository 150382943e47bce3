"""Hazard [module set shrunk with `discard`]: completing a task removes it from the module's pending set; a process pool discards from copies and the caller still sees every task pending."""
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

PENDING = {f"task{i:02d}" for i in range(20)}


def complete(task):
    PENDING.discard(task)
    return _work(task)


def main():
    tasks = [f"task{i:02d}" for i in range(16)]
    out = []
    for t in tasks:
        out.append(complete(t))
    return out[:2], sorted(PENDING)
