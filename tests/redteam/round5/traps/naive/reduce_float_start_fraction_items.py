"""Hazard [reduction changes where rounding happens]: a float start plus Fraction items rounds to float at every step; summing the Fractions first (exactly) and adding once rounds once and gives another float."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
from fractions import Fraction

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def share(i):
    _work(i)
    return Fraction(1, 3 + i)


def main():
    total = 0.1
    with ProcessPoolExecutor() as ex:
        total += sum(ex.map(share, range(16)))
    return total.hex()
