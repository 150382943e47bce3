"""Hazard [per-process profile hooks]: a call counter installed with sys.setprofile sees
every stretch() call in the caller; calls made in worker processes are not counted."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import sys

COUNTS = {}

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def _prof(frame, event, arg):
    if event == "call" and frame.f_code.co_filename == __file__:
        COUNTS[frame.f_code.co_name] = COUNTS.get(frame.f_code.co_name, 0) + 1


def stretch(name: str) -> str:
    return _chain(name, 30000).hex()[:8]


def main():
    names = [f"u{i}" for i in range(16)]
    sys.setprofile(_prof)
    with ProcessPoolExecutor() as ex:
        keys = list(ex.map(stretch, names))
    sys.setprofile(None)
    return keys[:2], COUNTS.get("stretch", 0)
