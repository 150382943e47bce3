"""Hazard [runtime-tuned stdlib singleton]: the caller widens reprlib.aRepr.maxstring;
summaries built in workers use the default width and are truncated differently."""
import hashlib
import reprlib

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def summary(name: str) -> str:
    blob = "".join(_chain(name + str(i), 4000).hex() for i in range(8))
    return reprlib.repr(blob)


def main():
    reprlib.aRepr.maxstring = 60
    names = [f"n{i}" for i in range(5)]
    return [summary(n) for n in names]
