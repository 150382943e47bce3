"""Hazard [runtime ABC registration]: main() registers Fixed as numbers.Number; the callee only sums
Number values, so in spawned workers every Fixed is skipped and totals are zero."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import numbers


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Fixed:
    def __init__(self, raw):
        self.raw = raw

    def __float__(self):
        return self.raw / 100


def total(row):
    _work(str(len(row)))
    return sum(float(v) for v in row if isinstance(v, numbers.Number))


def main():
    numbers.Number.register(Fixed)
    rows = [[Fixed(i * 100 + j) for j in range(4)] + ["n/a"] for i in range(16)]
    with ProcessPoolExecutor() as ex:
        totals = list(ex.map(total, rows))
    return totals
