"""Hazard [`operator.attrgetter` callee reading a caching property]: `get_sum = attrgetter('checksum')` looks like a pure field read, but the property computes and stores `_checksum` on the archive; a process pool stores it on copies."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import operator

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


class Archive:
    def __init__(self, name):
        self.name = name
        self._checksum = None

    @property
    def checksum(self):
        if self._checksum is None:
            self._checksum = _work(self.name)
        return self._checksum


get_sum = operator.attrgetter("checksum")


def main():
    archives = [Archive(f"backup-{i}.tar") for i in range(16)]
    with ProcessPoolExecutor() as ex:
        sums = list(ex.map(get_sum, archives))
    return sums[:2], sum(a._checksum is not None for a in archives)
