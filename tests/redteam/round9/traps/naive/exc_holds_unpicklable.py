"""Hazard [an exception holding an unpicklable attribute]: a malformed row raises `BadRow(name, line, reader)` keeping the `csv.reader` for diagnostics, and the caller handles `BadRow`; a worker cannot pickle that exception back, so the caller gets a TypeError from the pool instead and its handler is skipped."""
import csv
import hashlib
import io
import functools
from concurrent.futures import ProcessPoolExecutor


class BadRow(Exception):
    def __init__(self, name, line, reader):
        super().__init__(name, line)
        self.reader = reader


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def exports(n):
    out = []
    for i in range(n):
        rows = [f"{k},{k * i},{k + i}" for k in range(5)]
        if i == 10:
            rows[3] = "3,oops"
        out.append((f"exp{i:02d}.csv", "\n".join(rows)))
    return out


def _work_item(item, rounds):
    name, text = item
    reader = csv.reader(io.StringIO(text))
    total = 0
    for row in reader:
        if len(row) != 3:
            raise BadRow(name, reader.line_num, reader)
        total += sum(int(x) for x in row)
    return (name, total, stretch(f"{name}:{total}", rounds))


def run():
    rounds = 8000
    totals = []
    try:
        with ProcessPoolExecutor() as executor:
            totals.extend(executor.map(functools.partial(_work_item, rounds=rounds), exports(16)))
    except BadRow as e:
        return f"quarantined {e.args[0]} at line {e.args[1]}"
    return len(totals)


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
