"""Read a batch of documents from a slow (network) share one at a time; PAR201 should fire on the loop in read_all."""
import hashlib
import os
import tempfile
import time

SHARE_LATENCY = 0.04


def read_document(path):
    time.sleep(SHARE_LATENCY)  # network share round trip
    with open(path, encoding="utf-8") as f:
        return f.read()


def read_all(paths):
    texts = []
    for path in paths:
        texts.append(read_document(path))
    return texts


def main():
    with tempfile.TemporaryDirectory() as root:
        paths = []
        for i in range(24):
            path = os.path.join(root, f"doc{i:02d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(f"document {i}\n" * (i + 1))
            paths.append(path)
        texts = read_all(paths)
    print(f"read {len(texts)} documents")
    return sum(map(len, texts)), hashlib.sha256("".join(texts).encode()).hexdigest()[:16]
