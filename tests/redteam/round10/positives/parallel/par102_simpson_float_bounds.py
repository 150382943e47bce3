"""Positive: Simpson integration of a smooth function over (a, b) float bounds; floats without NaN round-trip exactly."""
from concurrent.futures import ProcessPoolExecutor
import math


def simpson(a, b, n=40000):
    h = (b - a) / n
    s = math.sin(a) * math.exp(-a / 5) + math.sin(b) * math.exp(-b / 5)
    for k in range(1, n):
        x = a + k * h
        s += (4 if k % 2 else 2) * math.sin(x) * math.exp(-x / 5)
    return round(s * h / 3, 10)


def _run_item(item):
    a, b = item
    return simpson(a, b)


def run():
    bounds = [(0.5 * k, 0.5 * k + 1.25) for k in range(12)]
    with ProcessPoolExecutor() as executor:
        areas = list(executor.map(_run_item, bounds, chunksize=8))
    return areas


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
