"""Positive PAR104: multi-statement body over `zip` of two lists of int tuples: a DTW distance, a weight from the lengths, ending in `total += d * w` (ints)."""


def dtw(a, b):
    inf = float("inf")
    prev = [0] + [inf] * len(b)
    for x in a:
        cur = [inf]
        for j, y in enumerate(b, 1):
            cur.append(abs(x - y) + min(prev[j], prev[j - 1], cur[j - 1]))
        prev = cur
    return int(prev[-1])


def main():
    xs = [tuple((i * k) % 97 for k in range(260)) for i in range(1, 17)]
    ys = [tuple((i * k + 5) % 89 for k in range(240)) for i in range(1, 17)]
    total = 0
    for a, b in zip(xs, ys):
        d = dtw(a, b)
        w = len(a) + len(b)
        total += d * w
    return total
