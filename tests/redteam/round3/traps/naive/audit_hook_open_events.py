"""Hazard [audit hooks]: the caller's sys.addaudithook sees every file the work opens;
files opened in worker processes raise events there, not in the caller."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import os
import sys
import tempfile

OPENED = []


def _audit(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].endswith(".dat"):
        OPENED.append(os.path.basename(args[0]))


def fingerprint(path: str) -> str:
    with open(path, "rb") as f:
        h = f.read()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    d = tempfile.mkdtemp()
    paths = []
    for i in range(6):
        p = os.path.join(d, f"{i}.dat")
        with open(p, "wb") as f:
            f.write(bytes([i]) * 100)
        paths.append(p)
    sys.addaudithook(_audit)
    with ProcessPoolExecutor() as ex:
        prints = list(ex.map(fingerprint, paths))
    return prints, OPENED
