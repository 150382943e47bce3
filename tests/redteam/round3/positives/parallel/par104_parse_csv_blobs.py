"""Positive PAR104: a multi-statement loop body that parses a big CSV string per source and
records a summary tuple."""
from concurrent.futures import ProcessPoolExecutor
import csv
import io
import random


def make_blob(seed: int) -> str:
    rng = random.Random(seed)
    return "\n".join(f"{i},{rng.randint(1, 999)},{rng.choice('xyz')}" for i in range(40000))


def parse(seed: int) -> dict:
    rows = list(csv.reader(io.StringIO(make_blob(seed))))
    return {"rows": len(rows), "sum": sum(int(r[1]) for r in rows), "x": sum(r[2] == "x" for r in rows)}


def main():
    report = []
    with ProcessPoolExecutor() as ex:
        for s, stats in zip(range(6), ex.map(parse, range(6))):
            label = f"src{s}"
            report.append((label, stats["rows"], stats["sum"], stats["x"]))
    return report
