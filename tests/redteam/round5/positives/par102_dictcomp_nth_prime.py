"""Positive PAR102: a dict comprehension over range mapping n to the n-th prime by trial division."""


def nth_prime(n):
    count, k = 0, 1
    while count < n:
        k += 1
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            count += 1
    return k


def main():
    table = {n: nth_prime(n) for n in range(6500, 6660, 10)}
    return table
