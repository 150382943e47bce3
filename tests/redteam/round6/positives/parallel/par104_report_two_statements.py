"""Positive PAR104: loop body computes a digest into a local, then appends a row built from it."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def digest(name: str) -> str:
    h = name.encode()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    names = [f"ledger-{i}" for i in range(16)]
    report = []
    with ProcessPoolExecutor() as ex:
        for n, d in zip(names, ex.map(digest, names)):
            report.append((n, d[:8], d[-4:]))
    return report
