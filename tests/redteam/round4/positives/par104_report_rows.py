"""Positive PAR104: a multi-statement loop body: compute, derive two fields, append a row."""
import hashlib


def digest(name: str) -> str:
    h = name.encode()
    for _ in range(50000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    rows = []
    for i in range(16):
        name = f"asset-{i}"
        d = digest(name)
        prefix = d[:6]
        rows.append((name, prefix, int(d[-2:], 16)))
    return rows
