"""Positive: 0/1 knapsack optimum for (capacity, seed) cases; items generated deterministically from the seed inside the pure solver."""
from concurrent.futures import ProcessPoolExecutor


def solve(capacity, seed):
    weights = [(seed * 37 + k * 101) % 97 + 1 for k in range(60)]
    values = [(seed * 53 + k * 61) % 89 + 1 for k in range(60)]
    best = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(capacity, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return best[capacity]


def _run_item(item):
    capacity, seed = item
    return solve(capacity, seed)


def run():
    cases = [(600 + 40 * k, k) for k in range(12)]
    with ProcessPoolExecutor() as executor:
        optima = list(executor.map(_run_item, cases, chunksize=8))
    return optima


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
