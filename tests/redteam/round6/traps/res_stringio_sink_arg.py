"""Hazard [shared in-memory stream passed as an argument]: every call writes its line to the caller's `io.StringIO`; StringIO pickles, so a process pool writes to copies and the caller's report stays empty."""
import hashlib
import io

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def export(row, sink):
    line = f"{row}={_work(row)}\n"
    sink.write(line)
    return len(line)


def main():
    sink = io.StringIO()
    rows = [f"row{i}" for i in range(16)]
    sizes = []
    for r in rows:
        sizes.append(export(r, sink))
    return sizes[:2], sink.getvalue().count("\n")
