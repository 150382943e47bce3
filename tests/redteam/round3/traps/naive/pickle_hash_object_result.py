"""Hazard [unpicklable results: hashlib objects]: each call returns a running hash object
the caller keeps feeding; hash objects cannot be pickled back from a worker process."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def prime(name: str):
    h = hashlib.sha256(name.encode())
    for _ in range(40000):
        h.update(b"x")
    return h


def main():
    names = [f"n{i}" for i in range(6)]
    try:
        with ProcessPoolExecutor() as ex:
            states = list(ex.map(prime, names))
    except TypeError as e:
        return f"TypeError: {e}"
    for h in states:
        h.update(b"final")
    return [h.hexdigest()[:8] for h in states]
