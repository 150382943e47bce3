"""Positive PAR104: a multi-statement loop body over 24 names: a CPU-heavy digest, then
formatting into the report."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def stretch(name: str) -> bytes:
    h = name.encode()
    for _ in range(15000):
        h = hashlib.sha256(h).digest()
    return h


def main():
    report = []
    names = [f"acct-{i}" for i in range(24)]
    with ProcessPoolExecutor() as ex:
        for name, d in zip(names, ex.map(stretch, names)):
            report.append(f"{name}:{d.hex()[:10]}")
    return report
