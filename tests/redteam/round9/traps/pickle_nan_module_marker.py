"""Hazard [a NaN marker compared by identity]: gaps in each series are the module object `MISSING = float('nan')`, and the body separates them with `v is not MISSING`; values that crossed to a worker are copies, never the worker's own `MISSING`, so no gap is found and the NaNs enter the fingerprint."""
import hashlib

MISSING = float("nan")


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def load_series(n):
    return [(f"s{i:02d}", [MISSING if (i * k) % 5 == 1 else float(k + i) for k in range(12)]) for i in range(n)]


def main():
    rounds = 8000
    rows = []
    for i, (name, values) in enumerate(load_series(16)):
        present = [v for v in values if v is not MISSING]
        gaps = len(values) - len(present)
        rows.append((i, name, gaps, stretch(",".join(map(str, present)), rounds)))
    return [r[2] for r in rows[:6]], rows[3][3]
