"""Hazard [`as_integer_ratio` of a project class prints to a module buffer]: `normalise(x)` calls `x.as_integer_ratio()`; the items mix ints, floats and `Rate` objects whose `as_integer_ratio` prints a journal line into the module `io.StringIO` `JOURNAL`; `run` reports the journal's lines, none in the caller when normalised in workers."""
import hashlib
import io
import math
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


JOURNAL = io.StringIO()


class Rate:
    def __init__(self, num, den):
        self.num, self.den = num, den

    def as_integer_ratio(self):
        print(f"rate {self.num}/{self.den}", file=JOURNAL)
        return self.num, self.den


def normalise(x):
    num, den = x.as_integer_ratio()
    g = math.gcd(num, den)
    return num // g, den // g, _chain(num * den)


def run():
    values = [Rate(i, 6) if i % 3 == 0 else (i / 4 if i % 3 == 1 else i) for i in range(1, 17)]
    with ProcessPoolExecutor() as executor:
        ratios = list(executor.map(normalise, values))
    return JOURNAL.getvalue().splitlines(), ratios


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
