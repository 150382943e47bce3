"""Positive PAR102: `{name: longest_run(start) for name, start in zip(names, starts)}` over `zip` of two lists of 16 strs and ints; the pure callee finds the longest Collatz chain among the 4000 numbers from `start`."""


def longest_run(start):
    best = 0
    for n in range(start, start + 4000):
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        best = max(best, steps)
    return best


def run():
    names = [f"band{i:02d}" for i in range(16)]
    starts = [10000 + 3000 * i for i in range(16)]
    out = {name: longest_run(start) for name, start in zip(names, starts)}
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
