"""Hazard [items pickle but do not round-trip]: `load_readings()` marks blanks with the module's `MISSING` NaN and the work tells it from a NaN in the data with `is`; a copy that crossed to a worker is another float and is reported 'corrupt'."""
import hashlib
import math

MISSING = float("nan")


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_readings():
    raw = ["3.5", "", "4.25", "nan", "", "7.0", "1.5", "", "2.0", "nan", "9.5", "", "6.25", "0.5", "", "8.0"]
    return [float(s) if s else MISSING for s in raw]


def clean(x):
    if x is MISSING:
        return "missing", _work("missing")
    if math.isnan(x):
        return "corrupt", _work("corrupt")
    return round(x, 2), _work(x)


def main():
    out = []
    for x in load_readings():
        out.append(clean(x)[0])
    return out
