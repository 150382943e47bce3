"""Positive PAR102: dict comprehension over a dict itself (`{n: longest_collatz(n) for n in limits}`), the keys being ints; each item searches the longest Collatz chain below its bound."""


def longest_collatz(bound):
    best, arg = 0, 1
    for start in range(bound - 6000, bound):
        n, steps = start, 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        if steps > best:
            best, arg = steps, start
    return arg, best


def main():
    limits = {10000 * (i + 1): f"tier{i}" for i in range(16)}
    table = {n: longest_collatz(n) for n in limits}
    return [(limits[n], arg, steps) for n, (arg, steps) in table.items()]
