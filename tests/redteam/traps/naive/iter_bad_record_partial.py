"""ingest() appends scores to a caller-owned sink while a parser generator raises on a corrupt
record; sequentially the sink keeps the rows before the corrupt one, Executor.map raises before any is added."""
import hashlib


def parse(lines):
    for n, line in enumerate(lines):
        if not line.startswith("R"):
            raise ValueError(f"corrupt record at line {n}")
        yield line


def score(record):
    h = record.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    return h[0]


def ingest(lines, sink):
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        sink.extend(ex.map(score, parse(lines)))


def main():
    lines = [f"R{i}" for i in range(12)] + ["\x00garbage"] + [f"R{i}" for i in range(12, 20)]
    sink = []
    try:
        ingest(lines, sink)
    except ValueError as e:
        print("ingest stopped:", e)
    return len(sink), sum(sink)
