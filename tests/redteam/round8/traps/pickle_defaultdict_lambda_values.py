"""Hazard [values holding a lambda]: each sensor's histogram is a `defaultdict(lambda: [0, 0.0])`; `summarise(hist)` reads it sequentially, a process pool cannot pickle the lambda factory."""
import hashlib
from collections import defaultdict


def load_histograms():
    hists = {}
    for s in range(16):
        hist = defaultdict(lambda: [0, 0.0])
        for k in range(50):
            bucket = (s * 13 + k * 7) % 9
            hist[bucket][0] += 1
            hist[bucket][1] += k * 0.5
        hists[f"sensor{s:02d}"] = hist
    return hists


def summarise(hist):
    h = repr(sorted(hist.items())).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return max(hist, key=lambda b: hist[b][0]), h.hex()[:8]


def run():
    hists = load_histograms()
    return [summarise(hist) for _, hist in hists.items()][:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
