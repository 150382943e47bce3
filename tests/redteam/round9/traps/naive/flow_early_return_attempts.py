"""Hazard [early `return` with side effects before it]: `find_nonce` returns at the first candidate whose digest has the wanted prefix, and each attempt is appended to `attempts.log` first; outlined, the caller returns at the same candidate, but every candidate was tried (and logged) by the workers, so the log holds 16 attempts instead of 5."""
import hashlib
import os
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def candidates(n):
    return [(f"cand{i:02d}", i * 7919) for i in range(n)]


def _work_item(item, prefix, rounds):
    idx, (name, nonce) = item
    digest = stretch(f"{name}:{nonce}", rounds)
    with open("attempts.log", "a") as log:
        log.write(name + "\n")
    return (idx, name, digest.startswith(prefix))


def find_nonce(prefix):
    rounds = 8000
    with ProcessPoolExecutor() as executor:
        results = list(executor.map(functools.partial(_work_item, prefix=prefix, rounds=rounds), enumerate(candidates(16))))
    for idx, name, found in results:
        if found:
            return idx, name
    return None


def main():
    found = find_nonce("0")
    with open("attempts.log") as f:
        return found, len(f.readlines())
