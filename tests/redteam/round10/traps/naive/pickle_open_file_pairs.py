"""Hazard [items do not pickle]: the pairs are `(path, open file)`; `checksum` reads the handle, and open files do not pickle."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def open_inputs():
    pairs = []
    for i in range(12):
        path = f"input{i}.txt"
        with open(path, "w") as f:
            f.write(f"line {i}\n" * (i + 1))
        pairs.append((path, open(path)))
    return pairs


def checksum(path, fh):
    return _digest(path + fh.read())


def _run_item(item):
    path, fh = item
    return checksum(path, fh)


def run():
    pairs = open_inputs()
    try:
        with ProcessPoolExecutor() as executor:
            out = list(executor.map(_run_item, pairs, chunksize=8))
    finally:
        for _, fh in pairs:
            fh.close()
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
