"""Hazard [item holds an open file]: each `Exporter` keeps its open output file (`self.out`) and `export` writes the digest through it; open files do not pickle."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class Exporter:
    def __init__(self, name):
        self.name = name
        self.out = open(f"{name}.txt", "w")


def _digest(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def export(ex: Exporter) -> tuple:
    d = _digest(ex.name)
    ex.out.write(d + "\n")
    return ex.name, d


def run():
    exporters = [Exporter(f"feed{i}") for i in range(16)]
    try:
        with ProcessPoolExecutor() as executor:
            written = list(executor.map(export, exporters))
    finally:
        for ex in exporters:
            ex.out.close()
    with open("feed0.txt") as fh:
        return written[:2], fh.read()


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
