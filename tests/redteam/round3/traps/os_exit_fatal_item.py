"""Hazard [hard exit in the callee]: a fatal item ends the program with os._exit(3); in
a process pool it only kills a worker, and the caller dies with BrokenProcessPool."""
import hashlib
import os
import sys

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def validate(name: str) -> str:
    d = _chain(name).hex()[:8]
    if name == "bad":
        sys.stdout.write(f"fatal: {name}\n")
        sys.stdout.flush()
        os._exit(3)
    return d


def main():
    names = ["a", "b", "bad", "c", "d"]
    ok = [validate(n) for n in names]
    return ok
