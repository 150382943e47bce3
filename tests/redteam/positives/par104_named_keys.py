"""Derive a key table from (name, secret) pairs, normalising names in the loop body; PAR104 should fire on the loop in build_key_table."""
import hashlib

ROUNDS = 60_000


def stretch(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def build_key_table(pairs):
    table = {}
    for name, data in pairs:
        h = stretch(data, ROUNDS)
        key = name.strip().upper()
        table[key] = h[:16]
    return table


def main():
    pairs = [(f" service-{i:02d} ", f"secret-{i * 7}".encode()) for i in range(32)]
    table = build_key_table(pairs)
    print(f"{len(table)} keys")
    return sorted(table.items())
