"""Hazard [log handlers added at run time]: the caller attaches a capturing handler; the
workers' loggers have no handler, so the record goes to stderr and the capture is empty."""
import hashlib
import logging

log = logging.getLogger("pipeline")

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record.getMessage())


def score(name: str) -> int:
    v = _chain(name)[0]
    if name == "s2":
        log.warning("suspicious score %d for %s", v, name)
    return v


def main():
    h = ListHandler()
    log.addHandler(h)
    log.propagate = False
    names = [f"s{i}" for i in range(6)]
    values = [score(n) for n in names]
    return values, h.records
