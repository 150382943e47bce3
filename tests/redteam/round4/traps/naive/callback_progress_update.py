"""Hazard [callback argument]: a progress bar's bound update() is passed to each call and prints
[done/total]; in worker processes every call updates a fresh copy and prints [1/16] sixteen times."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Progress:
    def __init__(self, total):
        self.done = 0
        self.total = total

    def update(self):
        self.done += 1
        print(f"[{self.done}/{self.total}]")


def crunch(block, report):
    r = _work(block)
    report()
    return r


def main():
    blocks = [f"block-{i}" for i in range(16)]
    bar = Progress(len(blocks))
    with ProcessPoolExecutor() as ex:
        results = list(ex.map(crunch, blocks, [bar.update] * len(blocks)))
    return results, bar.done
