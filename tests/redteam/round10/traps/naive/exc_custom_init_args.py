"""Hazard [exception crossing the boundary]: `ParseError(line, reason)` has a two-argument `__init__` but its `args` hold one message; it cannot be unpickled in the parent, so `except ParseError` never sees it."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(f"{line}: {reason}")
        self.line = line


def parse(line, text):
    d = _digest(text)
    if line == 9:
        raise ParseError(line, "bad token")
    return d


def _run_item(item):
    line, text = item
    return parse(line, text)


def run():
    rows = [(i, f"text{i}") for i in range(16)]
    try:
        with ProcessPoolExecutor() as executor:
            out = list(executor.map(_run_item, rows, chunksize=8))
    except ParseError as e:
        return "parse-error", e.line
    return out[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
