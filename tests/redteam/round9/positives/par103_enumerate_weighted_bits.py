"""Positive PAR103: multi-statement reduction over `enumerate` of a list of bytes: the body computes the popcount of a stretched digest and adds it weighted by the position (`total += (i + 1) * bits`); ints only."""
import hashlib


def popcount_digest(blob, rounds):
    h = blob
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return bin(int.from_bytes(h, "big")).count("1")


def main():
    blobs = [bytes(range(i, i + 40)) for i in range(16)]
    total = 0
    for i, blob in enumerate(blobs):
        bits = popcount_digest(blob, 10000)
        total += (i + 1) * bits
    return total
