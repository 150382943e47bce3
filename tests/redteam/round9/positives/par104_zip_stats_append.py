"""Positive PAR104: multi-statement body over `zip` of a list of str names and a list of bytes payloads: the body compresses, digests and scores each payload with module-level pure functions, ending in `out.append(...)`; reads the int local `level`."""
import hashlib
import zlib


def digest(blob):
    h = blob
    for _ in range(8000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def ratio(raw, packed):
    return round(len(packed) / len(raw), 4)


def main():
    names = [f"log{i:02d}" for i in range(16)]
    payloads = [f"line {i} level={i % 5} host=h{i}\n".encode() * (40 + i) for i in range(16)]
    level = 6
    out = []
    for name, payload in zip(names, payloads):
        packed = zlib.compress(payload, level)
        r = ratio(payload, packed)
        d = digest(packed)
        out.append((name, r, d))
    return out
