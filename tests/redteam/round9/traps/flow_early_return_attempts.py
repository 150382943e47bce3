"""Hazard [early `return` with side effects before it]: `find_nonce` returns at the first candidate whose digest has the wanted prefix, and each attempt is appended to `attempts.log` first; outlined, the caller returns at the same candidate, but every candidate was tried (and logged) by the workers, so the log holds 16 attempts instead of 5."""
import hashlib
import os


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def candidates(n):
    return [(f"cand{i:02d}", i * 7919) for i in range(n)]


def find_nonce(prefix):
    rounds = 8000
    for idx, (name, nonce) in enumerate(candidates(16)):
        digest = stretch(f"{name}:{nonce}", rounds)
        with open("attempts.log", "a") as log:
            log.write(name + "\n")
        if digest.startswith(prefix):
            return idx, name
    return None


def main():
    found = find_nonce("0")
    with open("attempts.log") as f:
        return found, len(f.readlines())
