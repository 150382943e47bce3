"""Hazard [an iterator the body advances]: serial numbers come from `serials = itertools.count(1000)` with `next(serials)` in the body; outlined, the counter is pickled into every call at its starting state, so every ticket gets serial 1000."""
import hashlib
import itertools


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def orders(n):
    return [(f"ord{i:02d}", (i * 37) % 11 + 1) for i in range(n)]


def main():
    serials = itertools.count(1000)
    rounds = 8000
    tickets = []
    for order, qty in orders(16):
        serial = next(serials)
        tickets.append((serial, order, stretch(f"{serial}:{order}:{qty}", rounds)))
    return [t[0] for t in tickets[:5]], tickets[4][2], next(serials)
