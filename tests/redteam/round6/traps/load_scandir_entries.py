"""Hazard [items produced by `os.scandir`]: the loop walks `DirEntry` objects from `list_reports()`; the callee reads `entry.path` inline, but `DirEntry` cannot be pickled for a process pool."""
import hashlib
import os

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def list_reports(folder):
    os.makedirs(folder, exist_ok=True)
    for i in range(16):
        with open(os.path.join(folder, f"r{i:02d}.txt"), "w") as f:
            f.write(f"report {i}\n")
    return sorted(os.scandir(folder), key=lambda e: e.name)


def digest_entry(entry):
    with open(entry.path) as f:
        text = f.read()
    return entry.name, _work(text)


def run():
    entries = list_reports("reports")
    out = []
    for e in entries:
        out.append(digest_entry(e))
    return out[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
