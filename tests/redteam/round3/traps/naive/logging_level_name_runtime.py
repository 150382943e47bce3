"""Hazard [runtime registries: logging level names]: the caller names level 25 NOTICE at
run time; records formatted in workers say "Level 25"."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import logging

FMT = logging.Formatter("%(levelname)s %(message)s")

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def line_for(name: str) -> str:
    d = _chain(name).hex()[:8]
    rec = logging.makeLogRecord({"levelno": 25, "levelname": logging.getLevelName(25), "msg": f"{name}={d}"})
    return FMT.format(rec)


def main():
    logging.addLevelName(25, "NOTICE")
    names = [f"job{i}" for i in range(5)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(line_for, names))
