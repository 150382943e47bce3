"""Hazard [side effect in an item's dunder]: open(resource) calls Resource.__fspath__, which logs the access in a module list; workers log in their own process."""
import hashlib
import os

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


ACCESS_LOG = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __fspath__(self):
        ACCESS_LOG.append(self.name)
        return self.name + ".dat"


def checksum(res):
    with open(res, "rb") as f:
        data = f.read()
    return _work(data)


def main():
    resources = [Resource(f"blob{i}") for i in range(16)]
    for i, r in enumerate(resources):
        with open(r.name + ".dat", "wb") as f:
            f.write(bytes([i]) * 64)
    ACCESS_LOG.clear()
    sums = []
    for r in resources:
        sums.append(checksum(r))
    return sums, len(ACCESS_LOG)
