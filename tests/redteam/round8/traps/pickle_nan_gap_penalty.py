"""Hazard [a NaN marker compared by identity through a dict lookup]: gaps in each series are the module object `GAP = float('nan')` and `PENALTY` is keyed by that object; `PENALTY.get(p, 0)` finds it by identity sequentially, but a NaN that crossed to a worker is another float (and NaN != NaN), so every gap costs 0."""
import hashlib
import math

GAP = float("nan")
PENALTY = {GAP: 4}


def load_series():
    series = {}
    for i in range(16):
        series[f"s{i:02d}"] = [GAP if (k * (i + 3)) % 7 == 0 else float(k + i) for k in range(24)]
    return series


def score(points):
    penalty = sum(PENALTY.get(p, 0) for p in points)
    clean = [p for p in points if not math.isnan(p)]
    h = ",".join(f"{p:.1f}" for p in clean).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return penalty, h.hex()[:8]


def main():
    series = load_series()
    scores = {name: score(points) for name, points in series.items()}
    return [scores[f"s{i:02d}"][0] for i in range(6)]
