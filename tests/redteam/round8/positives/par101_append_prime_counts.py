"""Positive PAR101: for-loop appending (label, prime count) for the (lo, hi) ranges of a dict built by a function of the module; the value is unpacked in the loop target."""


def build_ranges(count, width):
    return {f"block{i:02d}": (i * width, (i + 1) * width) for i in range(count)}


def count_primes(lo, hi):
    total = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            total += 1
    return total


def main():
    ranges = build_ranges(16, 9000)
    counts = []
    for label, (lo, hi) in ranges.items():
        counts.append((label, count_primes(lo, hi)))
    return counts
