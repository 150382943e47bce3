"""normalise() returns its argument itself when nothing needs fixing and the caller counts
`out is not original` as changed rows; a worker returns a copy, so every row looks changed."""
import hashlib


def normalise(row):
    h = "|".join(row).encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    if h[0] < 80:
        return tuple(field.strip().lower() for field in row)
    return row


def main():
    rows = [(f" Name{i} ", f"city{i % 3}") for i in range(24)]
    fixed = []
    for row in rows:
        fixed.append(normalise(row))
    changed = sum(1 for new, old in zip(fixed, rows) if new is not old)
    return changed
