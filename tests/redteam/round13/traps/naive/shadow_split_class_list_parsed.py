"""Hazard [`split` of a project class appends to a class-level list]: `fields(line)` calls `line.split(",")`; `Line.split` appends the line length to the class attribute list `Line.parsed`; `run` reports it, empty in the caller when lines are split in workers."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


class Line:
    parsed = []

    def __init__(self, text):
        self.text = text

    def split(self, sep=None):
        Line.parsed.append(len(self.text))
        return self.text.split(sep)


def fields(line):
    parts = line.split(",")
    return len(parts), _chain(",".join(parts).encode())


def run():
    lines = [Line(",".join(["a"] * (i + 1))) if i % 2 else "x,y" for i in range(16)]
    with ProcessPoolExecutor() as executor:
        parsed = list(executor.map(fields, lines))
    return Line.parsed, parsed


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
