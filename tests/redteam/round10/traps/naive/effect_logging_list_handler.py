"""Hazard [callee side effect]: `ingest` logs at INFO, and `run` attaches a list handler to collect the records; workers have no handler and the level is WARNING."""
from concurrent.futures import ProcessPoolExecutor
import logging
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

log = logging.getLogger("ingest")


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record.getMessage())


def ingest(name, n):
    d = _digest(f"{name}{n}")
    log.info("ingested %s -> %s", name, d)
    return d


def _run_item(item):
    name, n = item
    return ingest(name, n)


def run():
    handler = ListHandler()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    pairs = [(f"row{i}", i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, pairs, chunksize=8))
    log.removeHandler(handler)
    return len(handler.records), handler.records[:1]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
