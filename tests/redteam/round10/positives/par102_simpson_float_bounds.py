"""Positive: Simpson integration of a smooth function over (a, b) float bounds; floats without NaN round-trip exactly."""
import math


def simpson(a, b, n=40000):
    h = (b - a) / n
    s = math.sin(a) * math.exp(-a / 5) + math.sin(b) * math.exp(-b / 5)
    for k in range(1, n):
        x = a + k * h
        s += (4 if k % 2 else 2) * math.sin(x) * math.exp(-x / 5)
    return round(s * h / 3, 10)


def run():
    bounds = [(0.5 * k, 0.5 * k + 1.25) for k in range(12)]
    areas = [simpson(a, b) for a, b in bounds]
    return areas


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
