"""Hazard [the iterable's function sets state the work reads]: `load_lines()` registers the 'pipes' csv dialect before returning the raw lines; the work parses with it sequentially, a spawned worker has no such dialect (csv.Error)."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import csv
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_lines():
    csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE)
    return [f"id{i}|name {i}|{i * 7}" for i in range(16)]


def parse(line):
    row = next(csv.reader([line], dialect="pipes"))
    return row[0], row[2], _work("/".join(row))


def run():
    with ProcessPoolExecutor() as ex:
        return list(ex.map(parse, load_lines()))[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
