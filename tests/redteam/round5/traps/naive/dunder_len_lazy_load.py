"""Hazard [side effect in an item's dunder]: len(dataset) runs Dataset.__len__, which loads the rows into the item and logs the load; in a pool the loads happen on copies and the caller's items stay unloaded."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


LOADS = []


class Dataset:
    def __init__(self, name, n):
        self.name, self.n, self._rows = name, n, None

    def __len__(self):
        if self._rows is None:
            LOADS.append(self.name)
            self._rows = [f"{self.name}:{i}" for i in range(self.n)]
        return len(self._rows)


def fingerprint(ds):
    return len(ds), _work(ds.name)


def main():
    sets = [Dataset(f"ds{i}", 3 + i) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        prints = list(ex.map(fingerprint, sets))
    loaded = sum(ds._rows is not None for ds in sets)
    return prints, len(LOADS), loaded
