"""Positive: total Collatz steps over integer windows (start, length); `sum` of ints is order-independent."""


def window_steps(start, length):
    total = 0
    for n in range(start, start + length):
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            total += 1
    return total


def run():
    windows = [(1 + k * 3000, 3000) for k in range(12)]
    total = sum(window_steps(start, length) for start, length in windows)
    return total


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
