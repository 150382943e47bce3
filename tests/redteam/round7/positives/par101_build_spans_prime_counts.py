"""Positive PAR101: prime counts over (lo, hi) spans that `build_spans(cfg)` computes from a config dict."""


def build_spans(cfg):
    lo, width = cfg["start"], cfg["width"]
    return [(lo + k * width, lo + (k + 1) * width) for k in range(cfg["count"])]


def _is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(span):
    lo, hi = span
    count = 0
    for n in range(lo, hi):
        if _is_prime(n):
            count += 1
    return count


def main():
    cfg = {"start": 1_000_000, "width": 3000, "count": 16}
    counts = []
    for span in build_spans(cfg):
        counts.append(count_primes(span))
    return counts
