"""Positive PAR103: the highest value reached by any Collatz trajectory in a set of windows (max reduction)."""


def window_peak(start):
    peak = 0
    for n in range(start, start + 12000):
        x = n
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            if x > peak:
                peak = x
    return peak


def main():
    best = 0
    for start in range(1, 192001, 12000):
        best = max(best, window_peak(start))
    return best
