"""Hazard [`count` of a project class draws from a module counter]: `occurrences(seq)` calls `seq.count("x")`; the sequences mix str and `Queue` objects whose `count` takes a ticket from the module `itertools.count`; `run` reports the next ticket, which stays 1 in the caller when counting runs in workers."""
import hashlib
import itertools
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


_TICKETS = itertools.count(1)


class Queue:
    def __init__(self, items):
        self.items = items

    def count(self, item):
        next(_TICKETS)
        return self.items.count(item)


def occurrences(seq):
    n = seq.count("x")
    return n, _chain(n)


def run():
    seqs = [Queue(list("x" * i + "ab")) if i % 2 else "x" * i + "cd" for i in range(16)]
    with ProcessPoolExecutor() as executor:
        found = list(executor.map(occurrences, seqs))
    return next(_TICKETS), found


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
