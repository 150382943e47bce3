"""Hazard [identity of a shared float]: invalid items score `math.nan` (one object);
`set()` dedups it by identity, but unpickled NaNs are distinct objects."""
import hashlib
import math


def score(word: str) -> float:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    if h[0] < 128:
        return math.nan
    return h[1] / 7


def main():
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        out.append(score(w))
    return len(set(out))
