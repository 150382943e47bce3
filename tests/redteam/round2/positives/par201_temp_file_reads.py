"""Read many small report files (simulated slow disk: 20 ms per file)."""
import os
import tempfile
import time


def read_report(path: str) -> str:
    time.sleep(0.02)
    with open(path, encoding="utf-8") as f:
        return f.read().strip()


def main():
    d = tempfile.mkdtemp()
    paths = []
    for i in range(30):
        p = os.path.join(d, f"r{i:02}.txt")
        with open(p, "w", encoding="utf-8") as f:
            f.write(f"report {i}\n")
        paths.append(p)
    texts = []
    for p in paths:
        texts.append(read_report(p))
    return texts[:2], len(texts)
