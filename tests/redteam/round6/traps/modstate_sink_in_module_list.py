"""Hazard [module object reached through a list]: `SINKS[0].write(line)` calls a method of an object stored in a module list; in a process pool the workers' sinks collect the lines."""
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


class Sink:
    def __init__(self):
        self.lines = []

    def write(self, line):
        self.lines.append(line)


SINKS = [Sink()]


def export(rec):
    line = f"{rec}:{_work(rec)}"
    SINKS[0].write(line)
    return len(line)


def main():
    recs = [f"rec{i}" for i in range(16)]
    sizes = []
    for r in recs:
        sizes.append(export(r))
    return sizes[:2], len(SINKS[0].lines)
