"""Hazard [environment changed without tzset]: `main` sets TZ but never calls
`time.tzset()`, so it still formats in UTC; spawned workers start with the new TZ."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import os
import time


def stamp(ts: int) -> str:
    label = time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))
    h = label.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return label + " " + h.hex()[:6]


def main():
    os.environ["TZ"] = "EST+5"
    stamps = [1_700_000_000 + 3600 * i for i in range(40)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(stamp, stamps))
    return out[:2]
