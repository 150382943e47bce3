"""Hazard [warnings shown once per location]: `re.compile` emits a FutureWarning
(possible nested set) the first time; sequentially it is printed once, with a process
pool once per worker."""
import hashlib
import re


def count(word: str) -> int:
    pat = re.compile("[[" + word[0] + "]")
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return len(pat.findall(h.hex()))


def main():
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        out.append(count(w))
    return out[:3]
