"""Positive PAR103: `max(dtw(a, b) for _, (a, b) in series.items())`, a reduction over the values (pairs of int tuples) of a dict built by a function of the module, with dynamic time warping distances."""


def make_series(n, length):
    return {f"pair{i:02d}": (tuple((i * 3 + k * k) % 41 for k in range(length)),
                             tuple((i * 5 + k * 7) % 37 for k in range(length))) for i in range(n)}


def dtw(pair):
    a, b = pair
    inf = float("inf")
    prev = [0.0] + [inf] * len(b)
    for x in a:
        cur = [inf]
        for j, y in enumerate(b, 1):
            cur.append(abs(x - y) + min(prev[j], prev[j - 1], cur[j - 1]))
        prev = cur
    return prev[-1]


def main():
    series = make_series(16, 220)
    worst = max(dtw(pair) for _, pair in series.items())
    return worst
