"""Hazard [container slot replaced by `list.__setitem__`]: one stage of the list is swapped for a closure made by `make_stage`; module-level stages pickle, the nested function does not."""
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def double(v):
    return v * 2


def make_stage(k):
    def stage(v):
        return v * k + 1
    return stage


def run(stage):
    return _work(stage(7))


def main():
    stages = [double] * 16
    list.__setitem__(stages, 5, make_stage(3))
    out = []
    for st in stages:
        out.append(run(st))
    return out
