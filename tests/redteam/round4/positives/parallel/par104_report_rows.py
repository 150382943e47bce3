"""Positive PAR104: a multi-statement loop body: compute, derive two fields, append a row."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def digest(name: str) -> str:
    h = name.encode()
    for _ in range(50000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    names = [f"asset-{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        ds = list(ex.map(digest, names))
    rows = []
    for name, d in zip(names, ds):
        prefix = d[:6]
        rows.append((name, prefix, int(d[-2:], 16)))
    return rows
