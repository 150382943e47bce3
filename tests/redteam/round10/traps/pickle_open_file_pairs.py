"""Hazard [items do not pickle]: the pairs are `(path, open file)`; `checksum` reads the handle, and open files do not pickle."""
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


def run():
    pairs = open_inputs()
    try:
        out = [checksum(path, fh) for path, fh in pairs]
    finally:
        for _, fh in pairs:
            fh.close()
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
