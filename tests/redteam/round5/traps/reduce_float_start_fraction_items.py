"""Hazard [reduction changes where rounding happens]: a float start plus Fraction items rounds to float at every step; summing the Fractions first (exactly) and adding once rounds once and gives another float."""
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
    for i in range(16):
        total += share(i)
    return total.hex()
