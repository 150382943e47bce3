"""Find the closest stored series to a query by dynamic time warping; PAR103 should fire on the min-reduction in closest_distance."""
import math
import random


def dtw(a, b):
    n, m = len(a), len(b)
    prev = [math.inf] * (m + 1)
    prev[0] = 0.0
    for i in range(1, n + 1):
        cur = [math.inf] * (m + 1)
        ai = a[i - 1]
        for j in range(1, m + 1):
            cost = abs(ai - b[j - 1])
            cur[j] = cost + min(prev[j], cur[j - 1], prev[j - 1])
        prev = cur
    return prev[m]


def closest_distance(query, catalog):
    best = math.inf
    for name, series in catalog:
        best = min(best, dtw(query, series))
    return best


def make_series(seed, length):
    rng = random.Random(seed)
    return [round(math.sin(i / 9.0 + seed) + rng.uniform(-0.2, 0.2), 4) for i in range(length)]


def main():
    query = make_series(999, 240)
    catalog = [(f"sensor-{i:02d}", make_series(i, 240)) for i in range(64)]
    best = closest_distance(query, catalog)
    print("closest distance:", round(best, 6))
    return round(best, 9)
