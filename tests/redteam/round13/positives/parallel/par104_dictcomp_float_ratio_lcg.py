"""Positive PAR104: `{x: refine(x) for x in RATES}` over a list literal of floats; the pure callee seeds an LCG from `x.as_integer_ratio()` and iterates it 300000 times, returning `(numerator.bit_length(), state)`."""
from concurrent.futures import ProcessPoolExecutor


RATES = [0.5, 0.25, 0.125, 0.75, 1.5, 2.25, 3.125, 0.1, 0.2, 0.3, 0.7, 1.1, 1.3, 2.7, 3.9, 4.4]


def refine(x):
    num, den = x.as_integer_ratio()
    state = (num * 2654435761 + den) % 4294967296
    for _ in range(300000):
        state = (state * 1664525 + 1013904223) % 4294967296
    return num.bit_length(), state


def run():
    with ProcessPoolExecutor() as executor:
        refined = dict(zip(RATES, executor.map(refine, RATES)))
    return sorted(refined.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
