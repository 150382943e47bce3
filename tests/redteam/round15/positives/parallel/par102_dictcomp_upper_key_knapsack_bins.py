"""Positive PAR102: `{name.upper(): pack(capacity) for name, capacity in bins}` over a list of 16 (str, int) pairs, keyed by an expression of the loop variable; the pure callee solves a 0/1 knapsack over a fixed module-level tuple of 80 weights for `capacity`."""
from concurrent.futures import ProcessPoolExecutor

WEIGHTS = tuple(11 + (k * 37) % 83 for k in range(80))


def pack(capacity):
    table = [0] * (capacity + 1)
    for w in WEIGHTS:
        value = 2 * w + (w * w) % 13
        for c in range(capacity, w - 1, -1):
            if table[c - w] + value > table[c]:
                table[c] = table[c - w] + value
    return table[capacity]


def _helper(item):
    name, capacity = item
    return pack(capacity)


def run():
    bins = [(f"bin{i:02d}", 2000 + 150 * i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(bins)
        out = dict(zip((name.upper() for name, capacity in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
