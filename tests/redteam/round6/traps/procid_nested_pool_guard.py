"""Hazard [the callee asks which process it runs in]: `analyse` picks its mode with `multiprocessing.parent_process() is None` (never fan out from inside a worker); in a process pool every call takes the other branch."""
import hashlib
import multiprocessing

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def analyse(block):
    mode = "fanout" if multiprocessing.parent_process() is None else "inline"
    return mode, _work(block)


def main():
    blocks = [f"block-{i:03d}" for i in range(16)]
    results = []
    for b in blocks:
        results.append(analyse(b))
    return results
