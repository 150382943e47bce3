"""Hazard [stdlib module constant tuned at run time]: `main` sets `base64.MAXBINSIZE = 48` for 64-character lines; `encodebytes` reads it at call time, spawned workers wrap at 76."""
import base64
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def armor(blob):
    text = base64.encodebytes(blob)
    return text.count(b"\n"), _work(text)


def main():
    base64.MAXBINSIZE = 48
    blobs = [bytes(range(i, i + 200)) for i in range(16)]
    armored = []
    for blob in blobs:
        armored.append(armor(blob))
    return armored
