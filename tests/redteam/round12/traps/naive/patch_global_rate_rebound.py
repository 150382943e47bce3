"""Hazard [module global read by a record method, rebound at run time]: `run` sets `global RATE` from the region before the batch; `Loan.interest()` reads `RATE`, which in a worker is the import-time value."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass

RATE = 1

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Loan:
    ref: str
    principal: int = 1000

    def interest(self):
        return self.principal * RATE // 100 + _chain(self.ref)


def assess(loan):
    return loan.ref, loan.interest()


def run():
    global RATE
    RATE = 7
    loans = [Loan(f"L{i}", 1000 + 50 * i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(assess, loans))
    return out[:4]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
