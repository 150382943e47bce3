"""main() lifts the int-to-str digit limit (sys.set_int_max_str_digits) to print big
factorials; spawned workers keep the default 4300-digit limit and raise ValueError."""
import math
import sys


def digit_signature(n):
    text = str(math.factorial(n))
    acc = 0
    for ch in text:
        acc = (acc * 10 + ord(ch) - 48) % 1_000_003
    return acc


def main():
    sys.set_int_max_str_digits(0)
    import concurrent.futures
    best = 0
    with concurrent.futures.ProcessPoolExecutor() as ex:
        for sig in ex.map(digit_signature, range(1700, 1740)):
            best = max(best, sig)
    return best
