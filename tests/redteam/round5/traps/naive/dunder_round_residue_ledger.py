"""Hazard [side effect in __round__]: round(amount) calls Amount.__round__, which books the rounding residue in a module ledger; the caller's ledger stays empty under a pool."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
from fractions import Fraction

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


RESIDUE = []


class Amount:
    def __init__(self, value):
        self.value = Fraction(value)

    def __round__(self, ndigits=None):
        q = round(self.value)
        RESIDUE.append(self.value - q)
        return q


def bill(amount):
    return round(amount), _work(amount.value)


def main():
    amounts = [Amount(Fraction(100 * i + 37, 7)) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        billed = 0
        billed += sum(r[0] for r in ex.map(bill, amounts))
    return billed, str(sum(RESIDUE))
