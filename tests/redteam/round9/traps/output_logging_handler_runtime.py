"""Hazard [logging configured at run time]: `main()` attaches a collecting handler to the `r9.build` logger and sets it to INFO before the loop; the body logs one line per package and the caller returns the collected lines; a spawned worker's logger has no handler and the effective level WARNING, so the caller collects nothing."""
import hashlib
import logging

log = logging.getLogger("r9.build")


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def packages(n):
    return [(f"pkg{i:02d}", f"1.{i}.0") for i in range(n)]


def main():
    handler = Collect()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    rounds = 8000
    wheels = []
    for name, version in packages(16):
        wheel = stretch(f"{name}-{version}", rounds)
        log.info("built %s %s", name, wheel)
        wheels.append((name, wheel))
    log.removeHandler(handler)
    return len(wheels), len(handler.lines), handler.lines[:1]
