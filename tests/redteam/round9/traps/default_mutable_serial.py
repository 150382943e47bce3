"""Hazard [a mutable default argument evaluated once]: `next_serial(_state=[0])` keeps its counter in its default list; the body stamps each invoice with `next_serial()` and the caller stamps the batch footer after the loop with the next one (17); outlined, the serials are drawn from the workers' defaults and the caller's footer gets serial 1."""
import hashlib


def next_serial(_state=[0]):
    _state[0] += 1
    return _state[0]


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def invoices(n):
    return [(f"inv{i:02d}", 1999 + 250 * i) for i in range(n)]


def main():
    rounds = 8000
    stamped = []
    for number, cents in invoices(16):
        serial = next_serial()
        signature = stretch(f"{number}:{cents}", rounds)
        stamped.append((number, serial, signature))
    footer = next_serial()
    return stamped[0][2], len(stamped), footer
