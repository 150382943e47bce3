"""record() lazily opens a module-level output file that the caller flushes after the loop; in a
process pool only the workers' copies of `_out` are ever opened, so the caller's flush hits None."""
import hashlib
import os

_out = None


def record(item):
    global _out
    if _out is None:
        _out = open("results.csv", "a")
    h = str(item).encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    _out.write(f"{item},{h.hex()[:8]}\n")
    return h[0]


def main():
    if os.path.exists("results.csv"):
        os.remove("results.csv")
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        total = sum(ex.map(record, range(20)))
    _out.flush()
    with open("results.csv") as f:
        return total, len(f.readlines())
